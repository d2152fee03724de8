using LeadDomain.Leads;
using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>The job-title bucket: a seniority read from the words of a title, in the languages our users write.</summary>
public sealed class JobLevelTests
{
    [Theory]
    [InlineData("CEO", JobLevel.Executive)]
    [InlineData("Chief Revenue Officer", JobLevel.Executive)]
    [InlineData("Co-Founder & CTO", JobLevel.Executive)]
    [InlineData("Managing Director", JobLevel.Executive)]
    [InlineData("Sócio-gerente", JobLevel.Executive)]
    [InlineData("مدیرعامل", JobLevel.Executive)]
    [InlineData("مدیر\u200Cعامل", JobLevel.Executive)]                 // with a zero-width non-joiner
    [InlineData("الرئيس التنفيذي", JobLevel.Executive)]
    [InlineData("Vice President, Sales", JobLevel.VicePresident)]     // not "President"
    [InlineData("SVP Marketing", JobLevel.VicePresident)]
    [InlineData("Vice-Presidente Comercial", JobLevel.VicePresident)]
    [InlineData("معاون فروش", JobLevel.VicePresident)]
    [InlineData("Sales Director", JobLevel.Director)]                 // "Director" holds "CTO", but not as a word
    [InlineData("Diretora de Vendas", JobLevel.Director)]
    [InlineData("Head of IT", JobLevel.Director)]
    [InlineData("مدیر فروش", JobLevel.Director)]
    [InlineData("مدير المبيعات", JobLevel.Director)]                  // Arabic yeh: the same word as Persian مدیر
    [InlineData("Account Manager", JobLevel.Manager)]
    [InlineData("Gerente de Contas", JobLevel.Manager)]
    [InlineData("سرپرست انبار", JobLevel.Manager)]
    [InlineData("Software Engineer", JobLevel.Staff)]
    [InlineData("کارشناس فروش", JobLevel.Staff)]
    [InlineData("Directory Assistant", JobLevel.Staff)]               // "Directory" is not "Director"
    public void A_title_is_read_word_by_word(string title, JobLevel expected)
    {
        Assert.Equal(expected, JobLevels.Of(title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - / ")]
    public void A_title_without_a_word_has_no_level(string title)
    {
        Assert.Null(JobLevels.Of(title));
    }

    [Fact]
    public void A_long_title_is_read_too()
    {
        Assert.Equal(JobLevel.Manager, JobLevels.Of(string.Concat(Enumerable.Repeat("senior ", 40)) + "manager"));
    }

    [Fact]
    public void The_trainer_learns_from_the_level_and_the_model_keeps_it_in_JSON()
    {
        PredictionExample Example(string? title, bool converted) => new(new LeadDetails { JobTitle = title }, converted);
        var examples = new[]
        {
            Example("CEO", true), Example("مدیرعامل", true), Example("Chief Executive Officer", false),
            Example("Engineer", false), Example("Analyst", false), Example("Sales Director", true), Example(null, false),
        };
        var options = new PredictionOptions { Fields = [PredictionField.JobLevel], MinimumConverted = 1, MinimumDisqualified = 1 };

        var model = PredictionTrainer.Train(examples, options).Model!;
        var again = PredictionModelJson.Parse(PredictionModelJson.Write(model));

        // Executive: 2 converted of 3; Staff: 0 of 2, so an unseen executive title scores above an unseen staff one.
        var founder = new LeadDetails { JobTitle = "Founder" };
        var clerk = new LeadDetails { JobTitle = "Clerk" };
        Assert.True(model.Predict(founder).Probability > model.Predict(clerk).Probability);
        Assert.Equal(model.Predict(founder), again.Predict(founder));
        Assert.Equal("JobLevel", Assert.Single(model.Explain(founder, top: 1).Reasons).Field.Name);
        Assert.Contains(PredictionField.JobLevel, again.Fields);

        // Reading the level allocates nothing: bulk prediction stays free of allocation per lead.
        var leads = Enumerable.Range(0, 200).Select(i => new LeadDetails { JobTitle = i % 2 == 0 ? "مدیر فروش" : "Chief Operating Officer" }).ToArray();
        var predictions = new LeadPrediction[leads.Length];
        model.Predict(leads, predictions);
        var before = GC.GetAllocatedBytesForCurrentThread();
        model.Predict(leads, predictions);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_long_title_of_one_letter_words_is_read_to_its_last_word()
    {
        // 65 one-letter words make 129 characters: the most words a title of that length holds.
        var title = string.Join(' ', Enumerable.Repeat("x", 64)) + " CEO";
        Assert.Equal(JobLevel.Executive, JobLevels.Of(title.AsSpan(2)));
        Assert.Equal(JobLevel.Staff, JobLevels.Of(string.Join(' ', Enumerable.Repeat("x", 65))));
    }

    [Fact]
    public void An_ignorable_character_inside_a_word_does_not_split_it()
    {
        Assert.Equal(JobLevel.Director, JobLevels.Of("Direc\u200Ctor of Sales"));
        Assert.Equal(JobLevel.Staff, JobLevels.Of("Direc tor of Sales"));
    }
}
