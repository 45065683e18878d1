using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace VeniceAot.Generators.Tests
{
    /// <summary>Strips <c>{|#n:text|}</c> markers from test source and remembers the span each one wrapped.</summary>
    internal static class Markup
    {
        public static (string Text, IReadOnlyDictionary<int, TextSpan> Spans) Parse(string markup)
        {
            var text = new StringBuilder(markup.Length);
            var spans = new Dictionary<int, TextSpan>();
            var open = new Stack<(int Id, int Start)>();
            int i = 0;
            while (i < markup.Length)
            {
                if (markup[i] == '{' && i + 2 < markup.Length && markup[i + 1] == '|' && markup[i + 2] == '#')
                {
                    int colon = markup.IndexOf(':', i);
                    int id = int.Parse(markup.AsSpan(i + 3, colon - i - 3), System.Globalization.CultureInfo.InvariantCulture);
                    open.Push((id, text.Length));
                    i = colon + 1;
                    continue;
                }

                if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
                {
                    (int id, int start) = open.Pop();
                    spans[id] = TextSpan.FromBounds(start, text.Length);
                    i += 2;
                    continue;
                }

                text.Append(markup[i]);
                i++;
            }

            Assert.Empty(open);
            return (text.ToString(), spans);
        }
    }
}
