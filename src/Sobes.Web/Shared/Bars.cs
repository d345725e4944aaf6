namespace Sobes.Web.Shared;

/// <summary>A titled bar chart: each bar's length is its value over the largest.</summary>
public sealed record Bars(string Title, IReadOnlyList<Bar> Items)
{
    public int Max => Items.Count == 0 ? 1 : Math.Max(1, Items.Max(i => i.Value));
}

public sealed record Bar(string Label, int Value, string? Link, string CssClass);
