using OrgWork.Bot.Bench;

return await BenchVerbs.RunAsync(args, CancellationToken.None);
