namespace LeadDomain.Matching;

/// <summary>What a match was found on. Each kind has a weight in a candidate's score (see <see cref="MatchCandidate.Score"/>).</summary>
public enum MatchKeyKind
{
    /// <summary>An e-mail address (<see cref="MatchKeys.Email"/>); weight 60.</summary>
    Email = 1,

    /// <summary>A phone number (<see cref="MatchKeys.Phone"/>); weight 40.</summary>
    Phone = 2,

    /// <summary>The company name (<see cref="MatchKeys.CompanyName"/>); weight 50.</summary>
    CompanyName = 3,

    /// <summary>The person's name (<see cref="MatchKeys.PersonName"/>); weight 30, too weak to make a candidate alone by default.</summary>
    PersonName = 4,
}
