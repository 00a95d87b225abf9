using System.CommandLine;
using OrgWork.Bot.Cli;

// The generic host handles SIGTERM/Ctrl+C itself (graceful shutdown); the parser must not race it.
return await OrgWorkCli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
