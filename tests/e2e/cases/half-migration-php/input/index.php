<?php
// Named arguments: the tool cannot rewrite the call to the factory.
$client = OpenAI::client(apiKey: getenv('OPENAI_API_KEY'));
