<?php $k = $_ENV['HOLYSHEEP_API_KEY'] ?? getenv('HOLYSHEEP_API_KEY');
