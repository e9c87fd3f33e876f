namespace HopTac.Storage;

/// <summary>
/// A store was asked for something it does not hold yet (the knowledge base on PostgreSQL): an infrastructure
/// limit the hosts report as a storage failure with its message, never as a bug.
/// </summary>
public sealed class StoreCapabilityException : NotSupportedException
{
    public StoreCapabilityException()
    {
    }

    public StoreCapabilityException(string message)
        : base(message)
    {
    }

    public StoreCapabilityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
