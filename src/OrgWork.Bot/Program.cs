using OrgWork.Bot.Cli;

return await OrgWorkCli.Create().Parse(args).InvokeAsync();
