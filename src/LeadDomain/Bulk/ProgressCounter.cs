namespace LeadDomain.Bulk;

/// <summary>Counts outcomes and reports them every <see cref="Every"/> leads and at the end.</summary>
internal struct ProgressCounter(IProgress<BulkProgress>? progress)
{
    public const int Every = 1_000;

    private int _done;
    private int _refused;

    public readonly int Processed => _done + _refused;

    public void Add(in LeadOutcome outcome)
    {
        if (outcome.IsDone)
        {
            _done++;
        }
        else
        {
            _refused++;
        }

        if (progress is not null && Processed % Every == 0)
        {
            progress.Report(new BulkProgress(Processed, _done, _refused));
        }
    }

    public readonly void Finish()
    {
        if (progress is not null && (Processed == 0 || Processed % Every != 0))
        {
            progress.Report(new BulkProgress(Processed, _done, _refused));
        }
    }
}
