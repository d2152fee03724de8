namespace LeadDomain.Analytics;

/// <summary>
/// How many leads moved on from one funnel stage to the next, computed from the status history. Only decided leads
/// count: a lead still sitting in <see cref="From"/> has not yet moved on or dropped out, so it is left out of the rate
/// (but counted in <see cref="Reached"/>).
/// </summary>
/// <param name="From">The stage.</param>
/// <param name="To">The next stage.</param>
/// <param name="Reached">Leads that ever reached <paramref name="From"/> or a later stage.</param>
/// <param name="Undecided">Of those, leads still in <paramref name="From"/> that never went further.</param>
/// <param name="Advanced">Leads that ever reached <paramref name="To"/> or a later stage.</param>
public readonly record struct StageRate(FunnelStage From, FunnelStage To, long Reached, long Undecided, long Advanced)
{
    /// <summary>Gets the leads whose fate at <see cref="From"/> is known: they moved on or dropped out.</summary>
    public long Decided => Reached - Undecided;

    /// <summary>Gets <see cref="Advanced"/> over <see cref="Decided"/>; <see langword="null"/> when no lead is decided.</summary>
    public double? Rate => Decided == 0 ? null : (double)Advanced / Decided;
}
