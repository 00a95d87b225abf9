namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>Who imports a roster, for the audit log: an admin's learner id and name, or the command line (no id).</summary>
public sealed record RosterActor(long? LearnerId, string Name);
