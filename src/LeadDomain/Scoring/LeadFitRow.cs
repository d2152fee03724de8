using System.Runtime.CompilerServices;

namespace LeadDomain.Scoring;

/// <summary>
/// What fit rules read of one lead of a <see cref="LeadBatch"/>, in a few bytes per field: enumerations as bytes,
/// numbers as they are, and every text as the id of its distinct value in the batch (0: no value).
/// </summary>
internal struct LeadFitRow
{
    /// <summary>The source plus one; 0 when there is none or it is outside the known values.</summary>
    public byte Source;

    /// <summary>The purchase timeframe plus one; 0 when there is none or it is outside the known values.</summary>
    public byte Timeframe;

    /// <summary>0: not known; 1: not the decision maker; 2: the decision maker.</summary>
    public byte DecisionMaker;

    /// <summary>Bit <c>1 &lt;&lt; (int)field</c> for every <see cref="LeadPresenceField"/> that holds a value.</summary>
    public byte Presence;

    public bool HasEmployees;

    public int Employees;

    /// <summary>The id of the revenue's currency in the batch; 0 when there is no revenue.</summary>
    public ushort RevenueCurrency;

    /// <summary>The id of the budget's currency in the batch; 0 when there is no budget.</summary>
    public ushort BudgetCurrency;

    public decimal Revenue;

    public decimal Budget;

    /// <summary>The id of the set of custom fields that are yes (0: none).</summary>
    public int FlagSet;

    /// <summary>Per <see cref="LeadTextField"/> (index: the field minus one), the id of the value; for the e-mail domain, of the set of domains.</summary>
    public TextIds Texts;

    /// <summary>The id of the value of <paramref name="field"/>.</summary>
    public readonly int Text(LeadTextField field) => Texts[(int)field - 1];

    /// <summary>One id per text field.</summary>
    [InlineArray(TextFieldCount)]
    public struct TextIds
    {
        /// <summary>As many as <see cref="LeadTextField"/> has fields.</summary>
        public const int TextFieldCount = (int)LeadTextField.EmailDomain;

        private int _first;
    }
}

/// <summary>
/// A model's text and flag rules answered once for every distinct value of a <see cref="LeadBatch"/>: index
/// <c>[rule][id]</c> tells whether the rule holds for the value with that id. Also the batch's currencies by id.
/// </summary>
internal sealed class BatchFitLookups(bool[][] texts, bool[][] flags, string?[] currencies)
{
    public bool[][] Texts { get; } = texts;

    public bool[][] Flags { get; } = flags;

    public string?[] Currencies { get; } = currencies;
}
