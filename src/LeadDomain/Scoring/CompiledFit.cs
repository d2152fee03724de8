using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// A model's fit rules folded into the form a lead is scored with. Rules on enumerated values (sources, timeframes,
/// the decision-maker flag) and on presence add up to a few table look-ups computed once per model, whatever the
/// number of such rules; the other kinds are kept in arrays of their own sealed type, so each is a direct call rather
/// than a virtual one. <see cref="FitRule.Matches(LeadDetails, FoldedLeadText?)"/> stays the definition: the points
/// here equal the sum of the points of the rules that match (a property test holds them to it).
/// </summary>
internal sealed class CompiledFit
{
    private readonly double[] _bySource = new double[(int)LeadSource.Other + 1];
    private readonly double[] _byTimeframe = new double[(int)PurchaseTimeframe.Unknown + 1];

    // Index 0: the flag is not set; 1: false; 2: true.
    private readonly double[] _byDecisionMaker = new double[3];

    // One bit per LeadPresenceField that some rule reads; the table holds the points of every combination.
    private readonly double[] _byPresence;
    private readonly int _presenceFields;

    private readonly bool _hasSource;
    private readonly bool _hasTimeframe;
    private readonly bool _hasDecisionMaker;
    private readonly NumberRangeRule[] _ranges;
    private readonly TextRule[] _texts;
    private readonly CustomFlagRule[] _flags;

    public CompiledFit(IReadOnlyList<FitRule> rules)
    {
        var presence = new List<PresenceRule>();
        var ranges = new List<NumberRangeRule>();
        var texts = new List<TextRule>();
        var flags = new List<CustomFlagRule>();
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case SourceRule source:
                    _hasSource = true;
                    foreach (var s in source.Sources.Distinct())
                    {
                        _bySource[(int)s] += source.Points;
                    }

                    break;
                case TimeframeRule timeframe:
                    _hasTimeframe = true;
                    foreach (var t in timeframe.Timeframes.Distinct())
                    {
                        _byTimeframe[(int)t] += timeframe.Points;
                    }

                    break;
                case DecisionMakerRule decisionMaker:
                    _hasDecisionMaker = true;
                    _byDecisionMaker[decisionMaker.IsDecisionMaker ? 2 : 1] += decisionMaker.Points;
                    break;
                case PresenceRule p:
                    presence.Add(p);
                    _presenceFields |= 1 << (int)p.Field;
                    break;
                case NumberRangeRule range:
                    ranges.Add(range);
                    break;
                case TextRule text:
                    texts.Add(text);
                    break;
                case CustomFlagRule flag:
                    flags.Add(flag);
                    break;
                default:
                    throw new InvalidOperationException($"Fit rule '{rule.Name}' is of a kind the compiled form does not know.");
            }
        }

        _byPresence = new double[presence.Count == 0 ? 1 : 1 << ((int)LeadPresenceField.PurchaseTimeframe + 1)];
        for (var mask = 0; mask < _byPresence.Length; mask++)
        {
            foreach (var p in presence)
            {
                if ((mask & (1 << (int)p.Field)) != 0)
                {
                    _byPresence[mask] += p.Points;
                }
            }
        }

        _ranges = [.. ranges];
        _texts = [.. texts];
        _flags = [.. flags];
    }

    /// <summary>The fit points of <paramref name="details"/>, before the cap.</summary>
    public double Points(LeadDetails details, FoldedLeadText? folded)
    {
        var points = 0.0;
        if (_hasSource && details.Source is { } source && (uint)source < (uint)_bySource.Length)
        {
            points += _bySource[(int)source];
        }

        if (_hasTimeframe && details.PurchaseTimeframe is { } timeframe && (uint)timeframe < (uint)_byTimeframe.Length)
        {
            points += _byTimeframe[(int)timeframe];
        }

        if (_hasDecisionMaker && details.IsDecisionMaker is { } decisionMaker)
        {
            points += _byDecisionMaker[decisionMaker ? 2 : 1];
        }

        if (_presenceFields != 0)
        {
            points += _byPresence[PresenceMask(details, _presenceFields)];
        }

        foreach (var range in _ranges)
        {
            if (range.Matches(details, folded))
            {
                points += range.Points;
            }
        }

        foreach (var text in _texts)
        {
            if (text.Matches(details, folded))
            {
                points += text.Points;
            }
        }

        foreach (var flag in _flags)
        {
            if (flag.Matches(details, folded))
            {
                points += flag.Points;
            }
        }

        return points;
    }

    /// <summary>Gets the text rules, in the order their points are added.</summary>
    public TextRule[] Texts => _texts;

    /// <summary>Gets the custom-flag rules, in the order their points are added.</summary>
    public CustomFlagRule[] Flags => _flags;

    /// <summary>
    /// The fit points of one lead of a <see cref="LeadBatch"/>, before the cap: the same points added in the same order
    /// as <see cref="Points(LeadDetails, FoldedLeadText?)"/>, so that the two sums are equal to the last bit. The text
    /// and flag rules are answered from <paramref name="lookups"/>, computed once per distinct value of the batch.
    /// </summary>
    public double Points(in LeadFitRow row, BatchFitLookups lookups)
    {
        var points = 0.0;
        if (_hasSource && row.Source != 0 && (uint)(row.Source - 1) < (uint)_bySource.Length)
        {
            points += _bySource[row.Source - 1];
        }

        if (_hasTimeframe && row.Timeframe != 0 && (uint)(row.Timeframe - 1) < (uint)_byTimeframe.Length)
        {
            points += _byTimeframe[row.Timeframe - 1];
        }

        if (_hasDecisionMaker && row.DecisionMaker != 0)
        {
            points += _byDecisionMaker[row.DecisionMaker];
        }

        if (_presenceFields != 0)
        {
            points += _byPresence[row.Presence & _presenceFields];
        }

        foreach (var range in _ranges)
        {
            var matches = range.Field switch
            {
                LeadNumberField.NumberOfEmployees => row.HasEmployees && range.MatchesCount(row.Employees),
                LeadNumberField.AnnualRevenue => row.RevenueCurrency != 0 && range.MatchesMoney(row.Revenue, lookups.Currencies[row.RevenueCurrency]),
                LeadNumberField.Budget => row.BudgetCurrency != 0 && range.MatchesMoney(row.Budget, lookups.Currencies[row.BudgetCurrency]),
                _ => false,
            };
            if (matches)
            {
                points += range.Points;
            }
        }

        for (var t = 0; t < _texts.Length; t++)
        {
            if (lookups.Texts[t][row.Text(_texts[t].Field)])
            {
                points += _texts[t].Points;
            }
        }

        for (var f = 0; f < _flags.Length; f++)
        {
            if (lookups.Flags[f][row.FlagSet])
            {
                points += _flags[f].Points;
            }
        }

        return points;
    }

    /// <summary>The bits of the present fields among <paramref name="fields"/> (bit <c>1 &lt;&lt; (int)field</c>).</summary>
    internal static int PresenceMask(LeadDetails d, int fields)
    {
        var mask = 0;
        if ((fields & (1 << (int)LeadPresenceField.Phone)) != 0 && d.HasPhone)
        {
            mask |= 1 << (int)LeadPresenceField.Phone;
        }

        if ((fields & (1 << (int)LeadPresenceField.Email)) != 0 && d.Emails.Count > 0)
        {
            mask |= 1 << (int)LeadPresenceField.Email;
        }

        mask |= Bit(d.CompanyName is not null, LeadPresenceField.CompanyName)
            | Bit(d.JobTitle is not null, LeadPresenceField.JobTitle)
            | Bit(d.Budget is not null, LeadPresenceField.Budget)
            | Bit(d.StatedNeed is not null, LeadPresenceField.StatedNeed)
            | Bit(d.PurchaseTimeframe is not null, LeadPresenceField.PurchaseTimeframe);
        return mask & fields;
    }

    private static int Bit(bool set, LeadPresenceField field) => set ? 1 << (int)field : 0;
}
