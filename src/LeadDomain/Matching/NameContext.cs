namespace LeadDomain.Matching;

/// <summary>
/// Who the input names at each organisation: for each name and organisation (company name, or one of its own
/// domains), the other names written beside that name there. It answers the question a person asks of a record that
/// gives only one name: "is there only one person of that name at this organisation?" (collective evidence, drawn
/// from the whole input, not from the pair alone).
/// </summary>
/// <remarks>
/// Built in one pass over the profiles, O(records) time and memory; the same whatever the input order (a group keeps
/// the set of other names, not the first one seen).
/// </remarks>
internal sealed class NameContext
{
    // Beyond this many different other names, a name at an organisation is held by several people.
    private const int MostNames = 4;

    // Kinds of key, apart from the blocking keys' kinds.
    private const int ByCompany = 101;
    private const int ByDomain = 102;

    private readonly Dictionary<ulong, string[]?> _others;

    private NameContext(Dictionary<ulong, string[]?> others) => _others = others;

    /// <summary>Files every profile that gives both names under each of its names at each of its organisations.</summary>
    public static NameContext Build(IReadOnlyList<MatchProfile> profiles)
    {
        var others = new Dictionary<ulong, string[]?>();
        foreach (var p in profiles)
        {
            if (p.First is not { } first || p.Last is not { } last)
            {
                continue;
            }

            if (p.Company is { } company)
            {
                Add(others, Blocking.Hash(ByCompany, first, company), last);
                Add(others, Blocking.Hash(ByCompany, last, company), first);
            }

            foreach (var domain in p.Domains)
            {
                Add(others, Blocking.Hash(ByDomain, first, domain), last);
                Add(others, Blocking.Hash(ByDomain, last, domain), first);
            }
        }

        return new NameContext(others);
    }

    /// <summary>
    /// Whether every record at <paramref name="named"/>'s organisations (its company name and its own domains) that
    /// gives the name <paramref name="name"/> with another name gives one that agrees with <paramref name="other"/>:
    /// the input holds one person of that name there. False when <paramref name="named"/> has no organisation.
    /// </summary>
    /// <remarks>
    /// <paramref name="given"/>, the one name the other record gives when it is not written exactly as
    /// <paramref name="name"/>, must not be someone else's there either: every record at those organisations that
    /// gives it exactly, with another name, gives one that agrees with <paramref name="other"/>.
    /// </remarks>
    public bool IsOnlyPerson(MatchProfile named, string name, string other, string given)
    {
        var any = false;
        if (named.Company is { } company)
        {
            if (!Agree(Blocking.Hash(ByCompany, name, company), other, filed: true)
                || (given != name && !Agree(Blocking.Hash(ByCompany, given, company), other, filed: false)))
            {
                return false;
            }

            any = true;
        }

        foreach (var domain in named.Domains)
        {
            if (!Agree(Blocking.Hash(ByDomain, name, domain), other, filed: true)
                || (given != name && !Agree(Blocking.Hash(ByDomain, given, domain), other, filed: false)))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private bool Agree(ulong key, string other, bool filed)
    {
        if (!_others.TryGetValue(key, out var names))
        {
            // The named record's own name not filed: it was not in the input (a pair compared on request). Another
            // spelling not filed: nobody there gives it with another name.
            return !filed;
        }

        if (names is null)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (PairComparer.NameSimilarity(name, other) < PairComparer.NameAgree)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Dictionary<ulong, string[]?> others, ulong key, string other)
    {
        ref var names = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(others, key, out var exists);
        if (!exists)
        {
            names = [other];
            return;
        }

        if (names is null || Array.IndexOf(names, other) >= 0)
        {
            return;
        }

        names = names.Length >= MostNames ? null : [.. names, other];
    }
}
