using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// The precise status of a lead inside its <see cref="LeadState"/> (Dynamics 365's "status reason", with its option
/// values): New (1) and Contacted (2) are Open, Qualified (3) is Qualified, a <see cref="DisqualificationReason"/>
/// (Lost 4, Cannot Contact 5, No Longer Interested 6, Canceled 7, or a host's own) is Disqualified, and Converted (8,
/// this library's own: Dynamics 365 keeps a converted lead Qualified) is Converted.
/// </summary>
/// <remarks>Two status reasons are equal when their codes, names and states are equal.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(LeadStatusReasonJsonConverter))]
public readonly record struct LeadStatusReason : IComparable<LeadStatusReason>, IComparable
{
    /// <summary>The lowest code a host's own reason may have.</summary>
    internal const int FirstCustomCode = 9;

    private readonly string? _name;

    private LeadStatusReason(int code, string name, LeadState state)
    {
        Code = code;
        _name = name;
        State = state;
    }

    /// <summary>Gets Open, and nobody has reached the person yet (1).</summary>
    public static LeadStatusReason New { get; } = new(1, "New", LeadState.Open);

    /// <summary>Gets Open, and the person has been contacted (2).</summary>
    public static LeadStatusReason Contacted { get; } = new(2, "Contacted", LeadState.Open);

    /// <summary>Gets Qualified (3).</summary>
    public static LeadStatusReason Qualified { get; } = new(3, "Qualified", LeadState.Qualified);

    /// <summary>Gets Disqualified: the business went elsewhere (4).</summary>
    public static LeadStatusReason Lost { get; } = Disqualified(Leads.DisqualificationReason.Lost);

    /// <summary>Gets Disqualified: the person could not be reached (5).</summary>
    public static LeadStatusReason CannotContact { get; } = Disqualified(Leads.DisqualificationReason.CannotContact);

    /// <summary>Gets Disqualified: the person is no longer interested (6).</summary>
    public static LeadStatusReason NoLongerInterested { get; } = Disqualified(Leads.DisqualificationReason.NoLongerInterested);

    /// <summary>Gets Disqualified: the lead was canceled (7).</summary>
    public static LeadStatusReason Canceled { get; } = Disqualified(Leads.DisqualificationReason.Canceled);

    /// <summary>Gets Converted (8).</summary>
    public static LeadStatusReason Converted { get; } = new(8, "Converted", LeadState.Converted);

    /// <summary>Gets the eight well-known status reasons, in the order of their codes.</summary>
    public static IReadOnlyList<LeadStatusReason> WellKnown { get; } =
        ImmutableArray.Create(New, Contacted, Qualified, Lost, CannotContact, NoLongerInterested, Canceled, Converted);

    /// <summary>Gets the status reason's code: Dynamics 365's option value for 1-7.</summary>
    public int Code { get; }

    /// <summary>Gets the display name, such as "Cannot Contact".</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets the state the status reason belongs to.</summary>
    public LeadState State { get; }

    /// <summary>Gets why the lead was disqualified when this is a Disqualified status reason; otherwise null.</summary>
    public DisqualificationReason? DisqualificationReason =>
        State == LeadState.Disqualified ? Leads.DisqualificationReason.FromParts(Code, Name) : null;

    /// <summary>Gets the Disqualified status reason for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why the lead is disqualified.</param>
    /// <returns>The status reason, with the reason's code and name.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is the <c>default</c> value, not a reason.</exception>
    public static LeadStatusReason Disqualified(DisqualificationReason reason)
    {
        if (!reason.IsDefined)
        {
            throw new ArgumentException("The default DisqualificationReason is not a reason; use a well-known one or DisqualificationReason.Define.", nameof(reason));
        }

        return new(reason.Code, reason.Name, LeadState.Disqualified);
    }

    /// <summary>Gets the well-known status reason with <paramref name="code"/>, if any.</summary>
    internal static LeadStatusReason? FromWellKnownCode(int code) =>
        code is >= 1 and <= 8 ? ((ImmutableArray<LeadStatusReason>)WellKnown)[code - 1] : null;

    /// <summary>Rebuilds a status reason from its parts as stored, without checks; callers validate against the lifecycle.</summary>
    internal static LeadStatusReason FromParts(int code, string name, LeadState state) => new(code, name, state);

    /// <summary>Gets a value indicating whether this is a status reason rather than the <c>default</c> value.</summary>
    internal bool IsDefined => Code != 0;

    /// <summary>Compares by code, then by name: the order of Dynamics 365's option values.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Less than zero when this comes first, zero when equal in order, more than zero when it comes after.</returns>
    public int CompareTo(LeadStatusReason other)
    {
        var byCode = Code.CompareTo(other.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(LeadStatusReason left, LeadStatusReason right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(LeadStatusReason left, LeadStatusReason right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(LeadStatusReason left, LeadStatusReason right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(LeadStatusReason left, LeadStatusReason right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj is LeadStatusReason other ? CompareTo(other)
        : obj is null ? 1 : throw new ArgumentException($"A {nameof(LeadStatusReason)} compares only with another.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Name;
}
