using HopTac.Storage.Syndication;
using HopTac.Tests.Common;

namespace HopTac.Storage.Tests.Syndication;

/// <summary>
/// The ViMs clusters (../shared, read at run time) hold 4-10 reports of one story from different outlets. Reports of
/// different stories must never be taken for copies; within a story, only a few pairs are one text republished.
/// </summary>
public sealed class VimsResemblanceTests
{
    [Fact]
    public void Reports_of_different_stories_are_never_copies_and_few_reports_of_one_story_are()
    {
        var root = SharedData.Path("corpus", "vims");
        var clusters = Directory.GetDirectories(root).Order(StringComparer.Ordinal).Take(120)
            .Select(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal).Select(f => TextFingerprint.Of(File.ReadAllText(f))).OfType<uint[]>().ToList())
            .ToList();
        int within = 0, withinPairs = 0, across = 0;
        for (var c = 0; c < clusters.Count; c++)
        {
            for (var i = 0; i < clusters[c].Count; i++)
            {
                for (var j = i + 1; j < clusters[c].Count; j++)
                {
                    withinPairs++;
                    within += TextFingerprint.Resemblance(clusters[c][i], clusters[c][j]) >= TextFingerprint.MinResemblance ? 1 : 0;
                }

                // Against the first report of every other story.
                for (var d = c + 1; d < clusters.Count; d++)
                {
                    if (clusters[d].Count > 0)
                    {
                        across += TextFingerprint.Resemblance(clusters[c][i], clusters[d][0]) >= TextFingerprint.MinResemblance ? 1 : 0;
                    }
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"ViMs: {within} of {withinPairs} pairs within a story are copies; {across} across stories");
        Assert.Equal(0, across);
        Assert.True(within * 10 < withinPairs, $"{within} of {withinPairs} pairs within a story read as copies");
    }
}
