using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Prediction;

/// <summary>One closed lead to learn from: its details and whether it converted.</summary>
/// <param name="Details">The lead's details.</param>
/// <param name="Converted"><see langword="true"/> for a lead that was qualified or converted, <see langword="false"/> for one that was disqualified.</param>
public readonly record struct PredictionExample(LeadDetails Details, bool Converted)
{
    /// <summary>The outcome a lead in a state stands for.</summary>
    /// <param name="state">The lead's state.</param>
    /// <returns><see langword="true"/> for Qualified and Converted, <see langword="false"/> for Disqualified, and
    /// <see langword="null"/> for Open: an open lead has no outcome yet and is not training data.</returns>
    public static bool? OutcomeOf(LeadState state) => state switch
    {
        LeadState.Qualified or LeadState.Converted => true,
        LeadState.Disqualified => false,
        _ => null,
    };

    /// <summary>The examples the closed leads among <paramref name="leads"/> give, in their order; open leads are skipped.</summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The examples, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    public static IEnumerable<PredictionExample> From(IEnumerable<Lead> leads)
    {
        Guard.Against.Null(leads);
        return Closed(leads, static lead => (lead.State, lead.Details));
    }

    /// <summary>The examples the closed leads among <paramref name="snapshots"/> give, in their order; open leads are skipped.</summary>
    /// <param name="snapshots">The lead snapshots.</param>
    /// <returns>The examples, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    public static IEnumerable<PredictionExample> From(IEnumerable<LeadSnapshot> snapshots)
    {
        Guard.Against.Null(snapshots);
        return Closed(snapshots, static snapshot => (snapshot.State, snapshot.Details));
    }

    private static IEnumerable<PredictionExample> Closed<T>(IEnumerable<T> leads, Func<T, (LeadState State, LeadDetails Details)> read)
        where T : class
    {
        foreach (var lead in leads)
        {
            if (lead is not null && read(lead) is var (state, details) && OutcomeOf(state) is { } converted)
            {
                yield return new PredictionExample(details, converted);
            }
        }
    }
}
