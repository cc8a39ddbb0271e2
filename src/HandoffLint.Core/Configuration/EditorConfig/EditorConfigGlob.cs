using System;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>
/// An EditorConfig section glob (<c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>[!...]</c>, <c>{a,b}</c>, <c>{1..3}</c>)
/// over '/'-separated paths relative to the <c>.editorconfig</c>'s folder, with the reference implementation's meaning
/// (editorconfig-core-py, checked against the official editorconfig-core-test glob cases).
/// </summary>
/// <remarks>
/// <para>
/// The glob is compiled to a nondeterministic automaton and matched by simulating all its states at once, never by
/// backtracking: a match costs at most (automaton states) x (path length) steps, whatever the glob holds. A regular
/// expression engine that backtracks takes exponential time on globs such as <c>{*,*}{*,*}...x</c>, and one pull request
/// that adds such a section would hang every build and hook that reads the file.
/// </para>
/// <para>
/// Bounds, each reported as the glob's problem rather than worked around: at most <see cref="MaxPatternLength"/>
/// characters (the spec asks implementations to support 1,024), braces nested at most <see cref="MaxNesting"/> deep, at
/// most <see cref="MaxNumericRanges"/> numeric ranges, and numeric ranges whose ends are 32-bit integers.
/// </para>
/// <para>
/// Where the reference implementation has no defined meaning, this one chooses: a backslash escapes any character (the
/// spec's wording; the reference keeps <c>\*</c> a wildcard); <c>[!...]</c> never matches '/'; a numeric range matches
/// integers written without leading zeros, <c>0</c> included (the reference rejects any number starting with 0).
/// </para>
/// </remarks>
internal sealed class EditorConfigGlob
{
    /// <summary>The longest section name compiled; the spec's minimum is 1,024.</summary>
    public const int MaxPatternLength = 4096;

    /// <summary>How deeply brace groups may nest.</summary>
    public const int MaxNesting = 32;

    /// <summary>How many numeric ranges (<c>{1..3}</c>) one glob may hold; each costs a small automaton of its own.</summary>
    public const int MaxNumericRanges = 16;

    private readonly GlobAutomaton _automaton;

    private EditorConfigGlob(GlobAutomaton automaton) => _automaton = automaton;

    /// <summary>Compiles a section name. Returns null for a glob that cannot be compiled; see <see cref="TryCreate(string, out string)"/>.</summary>
    public static EditorConfigGlob? TryCreate(string sectionName) => TryCreate(sectionName, out _);

    /// <summary>
    /// Compiles a section name, or returns null and says why (<paramref name="problem"/>, worded to follow "must be ...
    /// ; Actual:") when it breaks one of the bounds or cannot mean anything (a brace group that never closes).
    /// </summary>
    public static EditorConfigGlob? TryCreate(string sectionName, out string? problem)
    {
        if (sectionName is null) throw new ArgumentNullException(nameof(sectionName));
        if (sectionName.Length > MaxPatternLength)
        {
            problem = $"a glob of at most {MaxPatternLength} characters (it has {sectionName.Length})";
            return null;
        }

        // A glob without a slash matches a file name in any folder; one with a slash is anchored at the file's folder.
        // Paths are matched with a leading '/', so that "**/" before a glob also matches a file in the folder itself.
        var pattern = sectionName.IndexOf('/') < 0 ? "**/" + sectionName
            : sectionName.StartsWith("/", StringComparison.Ordinal) ? sectionName
            : "/" + sectionName;

        var tree = GlobParser.Parse(pattern, out problem);
        if (tree is null) return null;
        var automaton = GlobAutomaton.Compile(tree, out problem);
        return automaton is null ? null : new EditorConfigGlob(automaton);
    }

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, relative to the file's folder) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        if (relativePath is null) throw new ArgumentNullException(nameof(relativePath));
        return _automaton.IsMatch("/" + relativePath);
    }

    /// <summary>As <see cref="IsMatch(string)"/>, also saying how many automaton states there are and how many transitions were tried.</summary>
    internal bool IsMatch(string relativePath, out int states, out long steps)
    {
        states = _automaton.Size;
        return _automaton.IsMatch("/" + relativePath, out steps);
    }
}
