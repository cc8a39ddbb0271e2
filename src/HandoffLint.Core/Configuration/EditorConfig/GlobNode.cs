using System.Collections.Generic;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>A parsed glob, the shape <see cref="GlobAutomaton"/> compiles.</summary>
internal abstract class GlobNode
{
}

/// <summary>Parts matched one after another.</summary>
internal sealed class GlobSequence : GlobNode
{
    public List<GlobNode> Items { get; } = new();
}

/// <summary><c>{a,b,c}</c>: any one of the alternatives.</summary>
internal sealed class GlobChoice : GlobNode
{
    public List<GlobSequence> Alternatives { get; } = new();
}

/// <summary>One character out of a set: a literal, <c>?</c>, or <c>[...]</c>.</summary>
internal sealed class GlobCharacter(GlobCharSet set) : GlobNode
{
    public GlobCharSet Set { get; } = set;
}

/// <summary>Any number of characters out of a set, none included: <c>*</c> (no '/') and <c>**</c> (anything).</summary>
internal sealed class GlobRepeat(GlobCharSet set) : GlobNode
{
    public GlobCharSet Set { get; } = set;
}

/// <summary>The body or nothing (the <c>.*/</c> of <c>/**/</c>, which also matches a single '/').</summary>
internal sealed class GlobOptional(GlobSequence body) : GlobNode
{
    public GlobSequence Body { get; } = body;
}

/// <summary><c>{3..120}</c>: an integer written in decimal, without leading zeros, from <see cref="Low"/> to <see cref="High"/>.</summary>
internal sealed class GlobNumber(int low, int high) : GlobNode
{
    public int Low { get; } = low;

    public int High { get; } = high;
}

/// <summary>A set of characters (Unicode code points) one glob position accepts.</summary>
internal sealed class GlobCharSet
{
    private readonly int[] _ranges; // Inclusive (first, last) pairs.
    private readonly bool _negated;
    private readonly bool _excludesSlash;

    private GlobCharSet(int[] ranges, bool negated, bool excludesSlash)
    {
        _ranges = ranges;
        _negated = negated;
        _excludesSlash = excludesSlash;
    }

    /// <summary>Any character (<c>**</c>).</summary>
    public static GlobCharSet Any { get; } = new(new int[0], negated: true, excludesSlash: false);

    /// <summary>Any character but the path separator (<c>?</c>, <c>*</c>).</summary>
    public static GlobCharSet AnyButSlash { get; } = new(new int[0], negated: true, excludesSlash: true);

    /// <summary>Exactly <paramref name="codePoint"/>.</summary>
    public static GlobCharSet Single(int codePoint) => new(new[] { codePoint, codePoint }, negated: false, excludesSlash: false);

    /// <summary>The digits from <paramref name="first"/> to <paramref name="last"/> ('0'-based values 0 to 9).</summary>
    public static GlobCharSet Digits(int first, int last) => new(new[] { '0' + first, '0' + last }, negated: false, excludesSlash: false);

    /// <summary><c>[...]</c> or, negated, <c>[!...]</c>, which never matches '/' (a path separator is not a file name's character).</summary>
    public static GlobCharSet Class(List<int> ranges, bool negated) => new(ranges.ToArray(), negated, excludesSlash: negated);

    public bool Contains(int codePoint)
    {
        if (_excludesSlash && codePoint == '/') return false;
        var inRanges = false;
        for (var i = 0; i < _ranges.Length; i += 2)
        {
            if (codePoint >= _ranges[i] && codePoint <= _ranges[i + 1])
            {
                inRanges = true;
                break;
            }
        }

        return inRanges != _negated;
    }
}
