<?php $k = $_ENV['OPENAI_API_KEY'] ?? getenv('OPENAI_API_KEY');
