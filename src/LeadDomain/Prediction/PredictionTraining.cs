using System.Diagnostics.CodeAnalysis;

namespace LeadDomain.Prediction;

/// <summary>
/// The outcome of a training: a model, or the explicit refusal to train one on too little data (then score with the
/// rule-based <see cref="Scoring.ScoringModel"/> instead), and in both cases what the data held.
/// </summary>
public sealed class PredictionTraining
{
    internal PredictionTraining(PredictionModel? model, int converted, int disqualified, string? refusal, IReadOnlyList<FieldSignal> signals)
    {
        Model = model;
        Converted = converted;
        Disqualified = disqualified;
        Refusal = refusal;
        Signals = signals;
    }

    /// <summary>Gets a value indicating whether a model was trained.</summary>
    [MemberNotNullWhen(true, nameof(Model))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsTrained => Model is not null;

    /// <summary>Gets the model, or <see langword="null"/> when the data was not enough.</summary>
    public PredictionModel? Model { get; }

    /// <summary>Gets why no model was trained, such as "12 converted leads; at least 40 are needed", or <see langword="null"/>.</summary>
    public string? Refusal { get; }

    /// <summary>Gets the number of converted (qualified or converted) leads in the data.</summary>
    public int Converted { get; }

    /// <summary>Gets the number of disqualified leads in the data.</summary>
    public int Disqualified { get; }

    /// <summary>Gets how much each field tells about conversion, the strongest first (empty when no model was trained).</summary>
    public IReadOnlyList<FieldSignal> Signals { get; }
}
