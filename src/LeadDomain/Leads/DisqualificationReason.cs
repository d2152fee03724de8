using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>
/// Why a lead was disqualified: one of Dynamics 365's four status reasons of a Disqualified lead (with their option
/// values 4-7), or a reason of the host's own, defined with <see cref="Define"/> and registered once in
/// <see cref="LeadLifecycleOptions.DisqualificationReasons"/>, as a Dynamics administrator adds a status reason or
/// Odoo keeps a table of lost reasons.
/// </summary>
/// <remarks>
/// Two reasons are equal when their codes and names are equal. The <c>default</c> value is not a reason: operations
/// refuse it with an <see cref="ArgumentException"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DisqualificationReasonJsonConverter))]
public readonly record struct DisqualificationReason : IComparable<DisqualificationReason>, IComparable
{
    private readonly string? _name;

    private DisqualificationReason(int code, string name)
    {
        Code = code;
        _name = name;
    }

    /// <summary>Gets the business went elsewhere (Dynamics 365 status reason 4, "Lost").</summary>
    public static DisqualificationReason Lost { get; } = new(4, "Lost");

    /// <summary>Gets the person could not be reached (Dynamics 365 status reason 5, "Cannot Contact").</summary>
    public static DisqualificationReason CannotContact { get; } = new(5, "Cannot Contact");

    /// <summary>Gets the person is no longer interested (Dynamics 365 status reason 6, "No Longer Interested").</summary>
    public static DisqualificationReason NoLongerInterested { get; } = new(6, "No Longer Interested");

    /// <summary>Gets the lead was canceled (Dynamics 365 status reason 7, "Canceled").</summary>
    public static DisqualificationReason Canceled { get; } = new(7, "Canceled");

    /// <summary>
    /// Gets the reason used when a lead is disqualified without one: <see cref="Lost"/>, the default status reason of
    /// Dynamics 365's Disqualified state.
    /// </summary>
    public static DisqualificationReason Default => Lost;

    /// <summary>Gets the four well-known reasons, in the order of their codes.</summary>
    public static IReadOnlyList<DisqualificationReason> WellKnown { get; } =
        ImmutableArray.Create(Lost, CannotContact, NoLongerInterested, Canceled);

    /// <summary>Gets the reason's code: Dynamics 365's status reason (option) value for the well-known reasons.</summary>
    public int Code { get; }

    /// <summary>Gets the reason's display name, such as "Cannot Contact".</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether this is one of the four reasons every lifecycle knows.</summary>
    public bool IsWellKnown => Code is >= 4 and <= 7;

    /// <summary>
    /// Defines a reason of the host's own. Register it in <see cref="LeadLifecycleOptions.DisqualificationReasons"/>
    /// before disqualifying a lead with it or restoring a lead that has it.
    /// </summary>
    /// <param name="code">The reason's code, unique among the lifecycle's reasons; 1-8 are Dynamics 365's and this
    /// library's own status reasons, so a host's code is at least 9 (Dynamics 365 gives custom options values from 100000000).</param>
    /// <param name="name">The display name: non-empty text of at most 100 characters, without surrounding white space.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is below 9.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty, longer than 100 characters, or has surrounding white space.</exception>
    public static DisqualificationReason Define(int code, string name)
    {
        Guard.Against.OutOfRange(code, nameof(code), LeadStatusReason.FirstCustomCode, int.MaxValue,
            $"A host's reason needs a code of at least {LeadStatusReason.FirstCustomCode}: 1-8 are the well-known status reasons; it was {code}.");
        return new(code, CodeNames.Check(name, nameof(name)));
    }

    /// <summary>Gets the well-known reason with <paramref name="code"/>, if any.</summary>
    internal static DisqualificationReason? FromWellKnownCode(int code) => code switch
    {
        4 => Lost,
        5 => CannotContact,
        6 => NoLongerInterested,
        7 => Canceled,
        _ => null,
    };

    /// <summary>Rebuilds a reason from its parts as stored, without checks; callers validate against the lifecycle.</summary>
    internal static DisqualificationReason FromParts(int code, string name) => new(code, name);

    /// <summary>Gets a value indicating whether this is a defined reason rather than the <c>default</c> value.</summary>
    internal bool IsDefined => Code != 0;

    /// <summary>Compares by code, then by name: the order of Dynamics 365's option values.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Less than zero when this comes first, zero when equal in order, more than zero when it comes after.</returns>
    public int CompareTo(DisqualificationReason other)
    {
        var byCode = Code.CompareTo(other.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DisqualificationReason left, DisqualificationReason right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DisqualificationReason left, DisqualificationReason right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DisqualificationReason left, DisqualificationReason right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DisqualificationReason left, DisqualificationReason right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj is DisqualificationReason other ? CompareTo(other)
        : obj is null ? 1 : throw new ArgumentException($"A {nameof(DisqualificationReason)} compares only with another.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Name;
}
