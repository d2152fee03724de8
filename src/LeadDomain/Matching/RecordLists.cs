using Ardalis.GuardClauses;

namespace LeadDomain.Matching;

/// <summary>Checks the lists of existing records.</summary>
internal static class RecordLists
{
    /// <summary>Returns a copy of <paramref name="items"/> after checking that neither it nor an item is null.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<string> items, string name)
    {
        Guard.Against.Null(items, name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null.", name);
            }
        }

        return [.. items];
    }
}
