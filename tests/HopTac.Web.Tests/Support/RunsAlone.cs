namespace HopTac.Web.Tests.Support;

/// <summary>Tests that measure time run alone: other classes starting sites and hashing passwords in parallel would load the CPU unevenly.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
