using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>
/// What happened in an activity logged on a lead: one of eight well-known types, or a type of the host's own (a
/// webinar attended, a trial started), defined with <see cref="Define"/> and registered once in
/// <see cref="LeadLifecycleOptions.ActivityTypes"/>, as HubSpot scores custom events.
/// </summary>
/// <remarks>
/// <see cref="Kind"/> tells who acted: the person engaging (an e-mail opened, a visit, a form), a seller reaching the
/// person (a call, an e-mail sent, a meeting), or neither (a note); the funnel's time to first touch and the follow-up
/// rules read it. Two types are equal when their codes, names and kinds are equal. The <c>default</c> value is not a type: operations refuse it with an <see cref="ArgumentException"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ActivityTypeJsonConverter))]
public readonly record struct ActivityType : IComparable<ActivityType>, IComparable
{
    /// <summary>The lowest code a host's own type may have.</summary>
    internal const int FirstCustomCode = 9;

    private readonly string? _name;

    private ActivityType(int code, string name, ActivityKind kind)
    {
        Code = code;
        _name = name;
        Kind = kind;
    }

    /// <summary>Gets the person opened a marketing or sales e-mail (1).</summary>
    public static ActivityType EmailOpened { get; } = new(1, "Email Opened", ActivityKind.Engagement);

    /// <summary>Gets the person clicked a link in an e-mail (2).</summary>
    public static ActivityType EmailClicked { get; } = new(2, "Email Clicked", ActivityKind.Engagement);

    /// <summary>Gets the person visited the website (3).</summary>
    public static ActivityType WebVisit { get; } = new(3, "Web Visit", ActivityKind.Engagement);

    /// <summary>Gets the person submitted a form (4).</summary>
    public static ActivityType FormSubmitted { get; } = new(4, "Form Submitted", ActivityKind.Engagement);

    /// <summary>Gets a phone call with the person (5); a touch.</summary>
    public static ActivityType Call { get; } = new(5, "Call", ActivityKind.Touch);

    /// <summary>Gets a meeting with the person (6); a touch.</summary>
    public static ActivityType Meeting { get; } = new(6, "Meeting", ActivityKind.Touch);

    /// <summary>Gets a seller sent the person an e-mail (7); a touch.</summary>
    public static ActivityType EmailSent { get; } = new(7, "Email Sent", ActivityKind.Touch);

    /// <summary>Gets a seller's note (8).</summary>
    public static ActivityType Note { get; } = new(8, "Note", ActivityKind.Note);

    /// <summary>Gets the eight well-known types, in the order of their codes.</summary>
    public static IReadOnlyList<ActivityType> WellKnown { get; } =
        ImmutableArray.Create(EmailOpened, EmailClicked, WebVisit, FormSubmitted, Call, Meeting, EmailSent, Note);

    /// <summary>Gets the type's code, unique among a lifecycle's types.</summary>
    public int Code { get; }

    /// <summary>Gets the display name, such as "Web Visit".</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets who acted: the person engaging, a seller reaching the person, or neither (a note).</summary>
    public ActivityKind Kind { get; }

    /// <summary>Gets a value indicating whether this is one of the eight types every lifecycle knows.</summary>
    public bool IsWellKnown => Code is >= 1 and < FirstCustomCode;

    /// <summary>
    /// Defines a type of the host's own. Register it in <see cref="LeadLifecycleOptions.ActivityTypes"/> before logging
    /// it on a lead or restoring a lead that has it; scoring rules may name it at once.
    /// </summary>
    /// <param name="code">The type's code, unique among the lifecycle's types; at least 9 (1-8 are the well-known types).</param>
    /// <param name="name">The display name: non-empty text of at most 100 characters, without surrounding white space.</param>
    /// <param name="kind">Who acts: the person engaging (the default, as a webinar attended), a seller reaching the person, or neither.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is below 9.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty, longer than 100 characters, or has
    /// surrounding white space, or <paramref name="kind"/> is not an <see cref="ActivityKind"/>.</exception>
    public static ActivityType Define(int code, string name, ActivityKind kind = ActivityKind.Engagement)
    {
        Guard.Against.OutOfRange(code, nameof(code), FirstCustomCode, int.MaxValue,
            $"A host's activity type needs a code of at least {FirstCustomCode}: 1-8 are the well-known types; it was {code}.");
        Guard.Against.EnumOutOfRange(kind);
        return new(code, CodeNames.Check(name, nameof(name)), kind);
    }

    /// <summary>Gets the name without spaces ("WebVisit"): how model files name a well-known type.</summary>
    internal string Identifier => Name.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Gets the well-known type whose identifier ("WebVisit") or name ("Web Visit") is <paramref name="text"/>, if any.</summary>
    internal static ActivityType? FromIdentifier(string text)
    {
        foreach (var type in WellKnown)
        {
            if (string.Equals(type.Identifier, text, StringComparison.OrdinalIgnoreCase) || string.Equals(type.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Gets the well-known type with <paramref name="code"/>, if any.</summary>
    internal static ActivityType? FromWellKnownCode(int code) =>
        code is >= 1 and < FirstCustomCode ? ((ImmutableArray<ActivityType>)WellKnown)[code - 1] : null;

    /// <summary>Rebuilds a type from its parts as stored, without checks; callers validate against the lifecycle.</summary>
    internal static ActivityType FromParts(int code, string name, ActivityKind kind) => new(code, name, kind);

    /// <summary>Gets a value indicating whether this is a type rather than the <c>default</c> value.</summary>
    internal bool IsDefined => Code != 0;

    /// <summary>Compares by code, then by name: the order of Dynamics 365's option values.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Less than zero when this comes first, zero when equal in order, more than zero when it comes after.</returns>
    public int CompareTo(ActivityType other)
    {
        var byCode = Code.CompareTo(other.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ActivityType left, ActivityType right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ActivityType left, ActivityType right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ActivityType left, ActivityType right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> or with it (by code).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ActivityType left, ActivityType right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj is ActivityType other ? CompareTo(other)
        : obj is null ? 1 : throw new ArgumentException($"A {nameof(ActivityType)} compares only with another.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Name;
}
