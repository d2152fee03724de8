namespace LeadDomain.Matching;

/// <summary>
/// Who the input names at each organisation: for each name and organisation (company name, or one of its own
/// domains), the other names written beside that name there. It answers the question a person asks of a record that
/// gives only one name: "is there only one person of that name at this organisation?" (collective evidence, drawn
/// from the whole input, not from the pair alone).
/// </summary>
/// <remarks>
/// Built in one pass over the profiles and a sort, O(records) memory (12 bytes per name and organisation); the same
/// whatever the input order (every record of a name at an organisation is checked, not the first one seen).
/// </remarks>
internal sealed class NameContext
{
    // A name at an organisation given with more records than this is held by several people, or is too common to say.
    private const int MostRecords = 16;

    // Kinds of key, apart from the blocking keys' kinds.
    private const int ByCompany = 101;
    private const int ByDomain = 102;

    // (name and organisation, record and which of its names is the other) sorted by key, as the blocking index:
    // 12 bytes an entry, no object per group.
    private readonly IReadOnlyList<MatchProfile> _profiles;
    private readonly ulong[] _keys;
    private readonly int[] _others;

    private NameContext(IReadOnlyList<MatchProfile> profiles, ulong[] keys, int[] others)
    {
        _profiles = profiles;
        _keys = keys;
        _others = others;
    }

    /// <summary>Files every profile that gives both names under each of its names at each of its organisations.</summary>
    public static NameContext Build(IReadOnlyList<MatchProfile> profiles)
    {
        var keys = new List<ulong>(profiles.Count * 4);
        var others = new List<int>(profiles.Count * 4);
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            if (p.First is not { } first || p.Last is not { } last)
            {
                continue;
            }

            // The other name, as the record's position times two, plus one for its last name.
            var firstOther = (2 * i) + 1;
            var lastOther = 2 * i;

            if (p.Company is { } company)
            {
                keys.Add(Blocking.Hash(ByCompany, first, company));
                others.Add(firstOther);
                keys.Add(Blocking.Hash(ByCompany, last, company));
                others.Add(lastOther);
            }

            foreach (var domain in p.Domains)
            {
                keys.Add(Blocking.Hash(ByDomain, first, domain));
                others.Add(firstOther);
                keys.Add(Blocking.Hash(ByDomain, last, domain));
                others.Add(lastOther);
            }
        }

        var keyArray = keys.ToArray();
        var otherArray = others.ToArray();
        Array.Sort(keyArray, otherArray);
        return new NameContext(profiles, keyArray, otherArray);
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
        var at = Array.BinarySearch(_keys, key);
        if (at < 0)
        {
            // The named record's own name not filed: it was not in the input (a pair compared on request). Another
            // spelling not filed: nobody there gives it with another name.
            return !filed;
        }

        var (start, end) = BlockIndex.EqualRange(_keys, at);

        if (end - start > MostRecords)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var record = _profiles[_others[i] >> 1];
            var name = (_others[i] & 1) == 1 ? record.Last! : record.First!;
            if (name != other && PairComparer.NameSimilarity(name, other) < PairComparer.NameAgree)
            {
                return false;
            }
        }

        return true;
    }
}
