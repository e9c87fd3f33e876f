namespace HopTac.Ingestion;

/// <summary>How a folder walk treats symbolic links (<see cref="IngestOptions.Symlinks"/>).</summary>
public enum SymlinkPolicy
{
    /// <summary>A link named on the command line or found in a folder is followed; a link found inside a followed link is not.</summary>
    FollowOnce,

    /// <summary>Links found in folders are skipped (a path named on the command line is still read).</summary>
    Never,
}
