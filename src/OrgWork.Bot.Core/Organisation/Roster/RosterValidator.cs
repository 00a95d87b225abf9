using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using Codes = OrgWork.Bot.Core.Conversation.UiText.RosterDiagnostics;
using Columns = OrgWork.Bot.Core.Conversation.UiText.RosterColumns;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// Validates every row of a roster file before anything is written: required cells, the 手机号's form, 人员类别 and 角色
/// by name, lengths that fit storage, and the file as a whole (one row per 手机号, one branch per member, one 上级党组织
/// per branch). Rows that are blank are skipped.
/// </summary>
public static class RosterValidator
{
    private const int MaxNameLength = 200;
    private const int MaxOrganisationLength = 100;
    private const int MaxPositionLength = 100;

    public static RosterReading Validate(IEnumerable<RosterSheetRow> rows, string fileName)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<RosterEntry>();
        var byPhone = new Dictionary<string, RosterEntry>(StringComparer.Ordinal);
        var parents = new Dictionary<string, (string Parent, int Row)>(StringComparer.Ordinal);
        RosterHeader? header = null;
        var sawHeader = false;
        foreach (var row in rows)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = true;
                header = RosterHeader.Read(row, fileName, diagnostics);
                continue;
            }

            if (header is null || ReadEntry(header, row, fileName, diagnostics) is not { } entry)
            {
                continue;
            }

            if (byPhone.TryGetValue(entry.Phone, out var earlier))
            {
                diagnostics.Add(earlier.Branch == entry.Branch
                    ? Codes.PhoneDuplicate.At(fileName, entry.Row, earlier.Row, entry.Row)
                    : Codes.MemberInTwoBranches.At(fileName, entry.Row, earlier.Row, earlier.Branch, entry.Row, entry.Branch));
                continue;
            }

            if (entry.Parent is { } parent)
            {
                if (parents.TryGetValue(entry.Branch, out var known) && known.Parent != parent)
                {
                    diagnostics.Add(Codes.ParentConflict.At(fileName, entry.Row, entry.Branch, known.Row, known.Parent, parent));
                }
                else
                {
                    parents.TryAdd(entry.Branch, (parent, entry.Row));
                }
            }

            byPhone.Add(entry.Phone, entry);
            entries.Add(entry);
        }

        if (!sawHeader)
        {
            diagnostics.Add(Codes.FileEmpty.At(fileName, 1));
        }
        else if (header is not null && byPhone.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Codes.NoMembers.At(fileName, 2));
        }

        return new RosterReading(entries, diagnostics.InReadingOrder());
    }

    private static RosterEntry? ReadEntry(RosterHeader header, RosterSheetRow row, string fileName, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        void Report(DiagnosticCode code, params object?[] arguments) => diagnostics.Add(code.At(fileName, row.Row, arguments));

        var name = header.Cell(row, Columns.Name);
        var phoneText = header.Cell(row, Columns.Phone);
        var branch = header.Cell(row, Columns.Branch);
        var parent = header.Cell(row, Columns.Parent);
        var categoryText = header.Cell(row, Columns.Category);
        var position = header.Cell(row, Columns.Position);
        var roleText = header.Cell(row, Columns.Role);

        if (name.Length == 0)
        {
            Report(Codes.NameMissing);
        }

        var phone = RosterValues.NormalizePhone(phoneText);
        if (phoneText.Length == 0)
        {
            Report(Codes.PhoneMissing);
        }
        else if (phone is null)
        {
            Report(Codes.PhoneMalformed, phoneText);
        }

        if (branch.Length == 0)
        {
            Report(Codes.BranchMissing);
        }

        var category = RosterValues.ParseCategory(categoryText);
        if (category is null)
        {
            Report(Codes.CategoryUnknown, categoryText);
        }

        var role = RosterValues.ParseRole(roleText);
        if (role is null)
        {
            Report(Codes.RoleUnknown, roleText);
        }

        CheckLength(Columns.Name, name, MaxNameLength);
        CheckLength(Columns.Branch, branch, MaxOrganisationLength);
        CheckLength(Columns.Parent, parent, MaxOrganisationLength);
        CheckLength(Columns.Position, position, MaxPositionLength);

        return diagnostics.Count > errorsBefore
            ? null
            : new RosterEntry(row.Row, name, phone!, branch, NullIfEmpty(parent), category!.Value, NullIfEmpty(position), role!.Value);

        void CheckLength(string column, string value, int max)
        {
            if (value.Length > max)
            {
                Report(Codes.ValueTooLong, column, max);
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
