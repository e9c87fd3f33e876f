namespace HopTac.Export;

/// <summary>The formats <c>hoptac export</c> writes.</summary>
public enum ExportFormat
{
    Jsonl,
    Csv,

    /// <summary>A spreadsheet (facts only): one sheet per fact kind.</summary>
    Xlsx,
}
