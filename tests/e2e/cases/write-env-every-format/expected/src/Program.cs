var k = Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY");
