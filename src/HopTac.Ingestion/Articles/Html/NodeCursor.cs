using AngleSharp.Dom;

namespace HopTac.Ingestion.Articles.Html;

/// <summary>
/// Walks a document forwards or backwards in document order from one node, one step at a time in constant time.
/// AngleSharp's NextSibling and PreviousSibling search the parent's children for the node, so a walk past a wide
/// element (200,000 siblings) by them is quadratic; the cursor keeps each level's child index instead.
/// </summary>
internal sealed class NodeCursor
{
    private readonly Stack<(INodeList Nodes, int Index)> path = new();

    /// <summary>A cursor on <paramref name="start"/>: its path from the root is found once.</summary>
    public NodeCursor(INode start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var levels = new List<(INodeList, int)>();
        for (var node = start; node.Parent is { } parent; node = parent)
        {
            var nodes = parent.ChildNodes;
            var index = 0;
            while (index < nodes.Length && !ReferenceEquals(nodes[index], node))
            {
                index++;
            }

            levels.Add((nodes, index));
        }

        for (var i = levels.Count - 1; i >= 0; i--)
        {
            path.Push(levels[i]);
        }
    }

    /// <summary>The node the cursor is on; null once it has walked off the document.</summary>
    public INode? Current => path.Count == 0 ? null : path.Peek().Nodes[path.Peek().Index];

    /// <summary>The next node in document order: the first child unless <paramref name="skipChildren"/>, else the next sibling of the node or of its nearest ancestor that has one.</summary>
    public INode? Next(bool skipChildren)
    {
        if (Current is not { } current)
        {
            return null;
        }

        if (!skipChildren && current.ChildNodes.Length > 0)
        {
            path.Push((current.ChildNodes, 0));
            return Current;
        }

        while (path.Count > 0)
        {
            var (nodes, index) = path.Pop();
            if (index + 1 < nodes.Length)
            {
                path.Push((nodes, index + 1));
                return Current;
            }
        }

        return null;
    }

    /// <summary>The previous node in document order: the previous sibling's last descendant, else the parent.</summary>
    public INode? Previous()
    {
        if (path.Count == 0)
        {
            return null;
        }

        var (nodes, index) = path.Pop();
        if (index == 0)
        {
            return Current;
        }

        path.Push((nodes, index - 1));
        while (Current is { } node && node.ChildNodes.Length > 0)
        {
            path.Push((node.ChildNodes, node.ChildNodes.Length - 1));
        }

        return Current;
    }
}
