import { OpenAI as OAI } from "openai";
import * as sdk from "openai";

export const a = new OAI({ timeout: 5 });
export const b = new sdk.OpenAI();
export const c = new sdk.default({});
