import { OpenAI } from "./local-openai";
import type { ClientOptions } from "openai";

export const client = new OpenAI();
