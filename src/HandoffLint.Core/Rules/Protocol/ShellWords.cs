using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// The little of POSIX <c>sh</c> quoting that hook commands need: a command line split into its simple commands and their
/// words (quotes removed, variables left as written), and a word quoted so that <c>sh</c> reads it back unchanged.
/// </summary>
internal static class ShellWords
{
    /// <summary>
    /// The simple commands of <paramref name="commandLine"/> (split at <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>|</c> and line
    /// breaks outside quotes), each as its words.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Segments(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                else if (c == '\\' && quote == '"' && i + 1 < commandLine.Length && commandLine[i + 1] is '"' or '\\' or '$' or '`') word.Append(commandLine[++i]);
                else word.Append(c);
                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '\\' && i + 1 < commandLine.Length)
            {
                word.Append(commandLine[++i]);
                inWord = true;
            }
            else if (c is ' ' or '\t')
            {
                EndWord();
            }
            else if (c is ';' or '\n' or '|' or '&')
            {
                if (c == '&' && !(i + 1 < commandLine.Length && commandLine[i + 1] == '&'))
                {
                    word.Append(c); // A lone & (background) or part of a redirection such as 2>&1.
                    inWord = true;
                    continue;
                }

                if ((c == '|' || c == '&') && i + 1 < commandLine.Length && commandLine[i + 1] == c) i++;
                EndWord();
                if (words.Count > 0) yield return words.ToArray();
                words.Clear();
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        EndWord();
        if (words.Count > 0) yield return words.ToArray();

        void EndWord()
        {
            if (inWord) words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }
    }

    /// <summary>
    /// <paramref name="word"/> as <c>sh</c> reads it back: as it is when it holds only characters the shell leaves alone,
    /// else in single quotes (a single quote inside written <c>'\''</c>).
    /// </summary>
    public static string Quote(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "_-./:@%+=,".IndexOf(c) >= 0)) return word;
        return "'" + word.Replace("'", "'\\''") + "'";
    }
}
