namespace HopTac.Export;

/// <summary>The formats <c>hoptac export</c> writes.</summary>
public enum ExportFormat
{
    Jsonl,
    Csv,
}
