Console.WriteLine("Bookstore benchmarks: not written yet.");
