using OrgWork.Bot.Bench;

// Run in Release: dotnet run -c Release --project bench/OrgWork.Bot.Bench -- <benchmark> [options]
return await BenchmarkCatalog.RunAsync(args);
