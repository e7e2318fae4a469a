class Main { String k = System.getenv("HOLYSHEEP_API_KEY"); }
