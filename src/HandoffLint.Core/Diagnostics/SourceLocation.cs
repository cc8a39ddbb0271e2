using System;

namespace HandoffLint.Diagnostics;

/// <summary>
/// Where a diagnostic points: a file and a 1-based range of lines and columns.
/// A location with <see cref="Line"/> 0 stands for the whole file (for example a file that is missing).
/// </summary>
public readonly struct SourceLocation : IEquatable<SourceLocation>, IComparable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    public SourceLocation(string path, int line, int column, int endLine, int endColumn)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>A location that stands for the whole file.</summary>
    public static SourceLocation WholeFile(string path) => new(path, 0, 0, 0, 0);

    /// <summary>The file, as given to the linter.</summary>
    public string Path { get; }

    /// <summary>1-based first line, or 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based first column (in UTF-16 code units), or 0 for the whole file.</summary>
    public int Column { get; }

    /// <summary>1-based last line.</summary>
    public int EndLine { get; }

    /// <summary>1-based column just after the last character (exclusive).</summary>
    public int EndColumn { get; }

    /// <summary>True when the location names the whole file rather than a position in it.</summary>
    public bool IsWholeFile => Line == 0;

    /// <inheritdoc />
    public bool Equals(SourceLocation other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && Line == other.Line && Column == other.Column &&
        EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Path?.GetHashCode() ?? 0) * 397) ^ (Line * 31) ^ Column;

    /// <inheritdoc />
    public int CompareTo(SourceLocation other)
    {
        var byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0) return byPath;
        if (Line != other.Line) return Line.CompareTo(other.Line);
        return Column.CompareTo(other.Column);
    }

    /// <summary>The MSBuild canonical position: <c>path(line,col)</c>, or <c>path</c> for the whole file.</summary>
    public override string ToString() => IsWholeFile ? Path : $"{Path}({Line},{Column})";
}
