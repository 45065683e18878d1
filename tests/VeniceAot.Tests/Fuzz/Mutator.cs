using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// Makes fuzz inputs from a corpus of valid payloads: random bytes, random JSON-ish token soup, random
    /// well-formed JSON built from the corpus's own names and values, and valid payloads with 1–8 mutations
    /// (byte and bit flips, truncation, deletion, duplication, splicing, token insertion, value replacement,
    /// discriminator swaps, duplicate keys, deep nesting, long strings, bad escapes and invalid UTF-8).
    /// Everything it does is driven by the <see cref="Random"/> it is given, so a seed reproduces a case.
    /// </summary>
    internal sealed class Mutator
    {
        private static readonly string[] Literals =
        [
            "{", "}", "[", "]", ",", ":", "\"", "true", "false", "null", "0", "-0", "-1", "1", "1.5", "-2.5e-3", "1e309", "-1e309",
            "3.4028236e38", "123456789012345678901234567890", "0.0000000000000000000000001", "2147483648", "-9223372036854775809",
            "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\/\"", "\"\\u002B\"", "\"AAAA\"", "\"AACAPw==\"", "\"=\"",
            "[]", "{}", "[null]", "{\"\":null}", "\"\\\"", "\\", "\t", "\n", " ", "/*x*/", "//x\n", "NaN", "Infinity",
        ];

        private static readonly (string Open, string Close)[] Nests =
        [
            ("[", "]"), ("{\"a\":", "}"), ("{\"content\":[", "]}"), ("{\"type\":\"message\",\"content\":[", "]}"), ("[{\"x\":", "}]"),
        ];

        private readonly Random _random;
        private readonly IReadOnlyList<byte[]> _seeds;
        private readonly byte[][] _tokens;
        private readonly string[] _names;
        private readonly string[] _strings;

        public Mutator(Random random, IReadOnlyList<byte[]> seeds, IReadOnlyList<string>? extraTokens = null)
        {
            _random = random;
            _seeds = seeds;
            Vocabulary vocabulary = Vocabulary.Of(seeds);
            _names = vocabulary.Names;
            _strings = vocabulary.Strings;
            _tokens = Literals
                .Concat(_names.Select(n => JsonSerializer.Serialize(n) + ":"))
                .Concat(_strings.Select(s => JsonSerializer.Serialize(s)))
                .Concat(extraTokens ?? [])
                .Select(Encoding.UTF8.GetBytes)
                .ToArray();
        }

        /// <summary>One input.</summary>
        public byte[] Next()
        {
            int mode = _random.Next(100);
            if (mode < 6)
            {
                return RandomBytes(_random.Next(_random.Next(2) == 0 ? 16 : 512));
            }

            if (mode < 12)
            {
                var soup = new List<byte>();
                int count = _random.Next(1, 40);
                for (int i = 0; i < count; i++)
                {
                    soup.AddRange(Token());
                }

                return soup.ToArray();
            }

            if (mode < 22)
            {
                var text = new StringBuilder();
                RandomJson(text, _random.Next(1, 6));
                return Encoding.UTF8.GetBytes(text.ToString());
            }

            var data = new List<byte>(_seeds[_random.Next(_seeds.Count)]);
            int mutations = 1 + _random.Next(_random.Next(2) == 0 ? 2 : 8);
            for (int i = 0; i < mutations; i++)
            {
                Mutate(data);
            }

            return data.ToArray();
        }

        /// <summary>A valid payload from the corpus, unchanged.</summary>
        public byte[] Seed() => _seeds[_random.Next(_seeds.Count)];

        /// <summary>Applies one random mutation in place.</summary>
        public void Mutate(List<byte> data)
        {
            int position = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
            switch (_random.Next(14))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(position, data.Count - 1)] = (byte)_random.Next(256);
                    break;
                case 1 when data.Count > 0:
                    data[Math.Min(position, data.Count - 1)] ^= (byte)(1 << _random.Next(8));
                    break;
                case 2:
                    data.RemoveRange(position, data.Count - position);
                    break;
                case 3 when data.Count > 0:
                    data.RemoveRange(Math.Min(position, data.Count - 1), Math.Min(data.Count - Math.Min(position, data.Count - 1), 1 + _random.Next(32)));
                    break;
                case 4:
                case 5:
                    data.InsertRange(position, Token());
                    break;
                case 6 when data.Count > 0:
                    {
                        int start = _random.Next(data.Count);
                        int length = Math.Min(data.Count - start, 1 + _random.Next(64));
                        data.InsertRange(_random.Next(data.Count + 1), data.GetRange(start, length));
                        break;
                    }

                case 7:
                    {
                        byte[] other = _seeds[_random.Next(_seeds.Count)];
                        int start = _random.Next(other.Length + 1);
                        int length = _random.Next(other.Length - start + 1);
                        data.InsertRange(position, other.AsSpan(start, length).ToArray());
                        break;
                    }

                case 8:
                    Nest(data, position);
                    break;
                case 9:
                    ReplaceValue(data);
                    break;
                case 10:
                    SwapString(data);
                    break;
                case 11:
                    {
                        // A duplicate (or new) key right after an opening brace.
                        int brace = data.IndexOf((byte)'{', position);
                        if (brace < 0)
                        {
                            brace = data.IndexOf((byte)'{');
                        }

                        string name = _names.Length > 0 && _random.Next(4) > 0 ? _names[_random.Next(_names.Length)] : "type";
                        byte[] pair = [.. Encoding.UTF8.GetBytes(JsonSerializer.Serialize(name) + ":"), .. Token(), .. ","u8];
                        data.InsertRange(brace < 0 ? position : brace + 1, pair);
                        break;
                    }

                case 12:
                    {
                        int length = _random.Next(4) == 0 ? _random.Next(70_000) : _random.Next(300);
                        char fill = "a0\\\"é😀"[_random.Next(6)] switch { '\\' => 'b', '"' => 'c', var c => c };
                        string text = _random.Next(2) == 0 ? "\"" + new string(fill, length) + "\"" : new string('9', Math.Max(1, length));
                        data.InsertRange(position, Encoding.UTF8.GetBytes(text));
                        break;
                    }

                default:
                    {
                        byte[][] odd = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0x00], "\\u"u8.ToArray(), "\\x"u8.ToArray()];
                        data.InsertRange(position, odd[_random.Next(odd.Length)]);
                        break;
                    }
            }
        }

        /// <summary>A random token: a literal, a corpus name (as <c>"name":</c>) or a corpus string.</summary>
        public byte[] Token() => _tokens[_random.Next(_tokens.Length)];

        /// <summary>Random bytes.</summary>
        public byte[] RandomBytes(int length)
        {
            byte[] bytes = new byte[length];
            _random.NextBytes(bytes);
            return bytes;
        }

        /// <summary>Random well-formed JSON built from the corpus's names and strings, objects and arrays up to <paramref name="depth"/>.</summary>
        public void RandomJson(StringBuilder text, int depth)
        {
            int kind = depth <= 0 ? _random.Next(4) : _random.Next(7);
            switch (kind)
            {
                case 0:
                    text.Append(_strings.Length > 0 && _random.Next(3) > 0 ? JsonSerializer.Serialize(_strings[_random.Next(_strings.Length)]) : "\"s\"");
                    break;
                case 1:
                    text.Append(_random.Next(3) switch
                    {
                        0 => _random.Next(-5, 100).ToString(CultureInfo.InvariantCulture),
                        1 => (_random.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture),
                        _ => "1e400",
                    });
                    break;
                case 2:
                    text.Append(_random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                    break;
                case 3:
                    text.Append("\"\"");
                    break;
                case 4:
                case 5:
                    {
                        text.Append('{');
                        int count = _random.Next(6);
                        for (int i = 0; i < count; i++)
                        {
                            if (i > 0)
                            {
                                text.Append(',');
                            }

                            text.Append(JsonSerializer.Serialize(_names.Length > 0 ? _names[_random.Next(_names.Length)] : "k")).Append(':');
                            RandomJson(text, depth - 1);
                        }

                        text.Append('}');
                        break;
                    }

                default:
                    {
                        text.Append('[');
                        int count = _random.Next(5);
                        for (int i = 0; i < count; i++)
                        {
                            if (i > 0)
                            {
                                text.Append(',');
                            }

                            RandomJson(text, depth - 1);
                        }

                        text.Append(']');
                        break;
                    }
            }
        }

        private void Nest(List<byte> data, int position)
        {
            int[] depths = [_random.Next(1, 8), 62, 63, 64, 65, 66, 127, 128, _random.Next(1, 70), _random.Next(1, 5_000)];
            int depth = depths[_random.Next(depths.Length)];
            (string open, string close) = Nests[_random.Next(Nests.Length)];
            bool balanced = _random.Next(4) > 0;
            var opening = new List<byte>();
            for (int i = 0; i < depth; i++)
            {
                opening.AddRange(Encoding.UTF8.GetBytes(open));
            }

            if (!balanced)
            {
                data.InsertRange(position, opening);
                return;
            }

            // Wrap a whole value, or the whole payload.
            var closing = new List<byte>();
            for (int i = 0; i < depth; i++)
            {
                closing.AddRange(Encoding.UTF8.GetBytes(close));
            }

            if (_random.Next(2) == 0)
            {
                data.InsertRange(0, opening);
                data.AddRange(closing);
            }
            else
            {
                byte[] inner = _random.Next(2) == 0 ? "1"u8.ToArray() : Token();
                data.InsertRange(position, [.. opening, .. inner, .. closing]);
            }
        }

        private void ReplaceValue(List<byte> data)
        {
            // Finds a ':' and replaces the value after it (up to the next ',' '}' or ']' at any depth) with a token or random JSON.
            if (data.Count == 0)
            {
                return;
            }

            int colon = data.IndexOf((byte)':', _random.Next(data.Count));
            if (colon < 0)
            {
                return;
            }

            int end = colon + 1;
            while (end < data.Count && data[end] is not ((byte)',' or (byte)'}' or (byte)']'))
            {
                end++;
            }

            data.RemoveRange(colon + 1, end - colon - 1);
            if (_random.Next(2) == 0)
            {
                data.InsertRange(colon + 1, Token());
            }
            else
            {
                var text = new StringBuilder();
                RandomJson(text, _random.Next(0, 4));
                data.InsertRange(colon + 1, Encoding.UTF8.GetBytes(text.ToString()));
            }
        }

        private void SwapString(List<byte> data)
        {
            // Replaces one quoted corpus string (a discriminator, most likely) with another.
            if (_strings.Length == 0)
            {
                return;
            }

            string from = JsonSerializer.Serialize(_strings[_random.Next(_strings.Length)]);
            string to = _random.Next(5) == 0 ? Encoding.UTF8.GetString(Token()) : JsonSerializer.Serialize(_strings[_random.Next(_strings.Length)]);
            byte[] fromBytes = Encoding.UTF8.GetBytes(from);
            int at = data.ToArray().AsSpan().IndexOf(fromBytes);
            if (at >= 0)
            {
                data.RemoveRange(at, fromBytes.Length);
                data.InsertRange(at, Encoding.UTF8.GetBytes(to));
            }
        }

        /// <summary>The property names and short string values found in a corpus.</summary>
        private sealed record Vocabulary(string[] Names, string[] Strings)
        {
            public static Vocabulary Of(IReadOnlyList<byte[]> seeds)
            {
                var names = new SortedSet<string>(StringComparer.Ordinal);
                var strings = new SortedSet<string>(StringComparer.Ordinal);
                foreach (byte[] seed in seeds)
                {
                    // Seeds may be event streams: then scan every JSON-looking line instead.
                    if (!Scan(seed, names, strings))
                    {
                        foreach (ReadOnlyMemory<byte> chunk in JsonChunks(seed))
                        {
                            Scan(chunk.Span, names, strings);
                        }
                    }
                }

                return new Vocabulary([.. names], [.. strings]);
            }

            private static bool Scan(ReadOnlySpan<byte> json, SortedSet<string> names, SortedSet<string> strings)
            {
                var reader = new Utf8JsonReader(json);
                try
                {
                    while (reader.Read())
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName)
                        {
                            names.Add(reader.GetString()!);
                        }
                        else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 40)
                        {
                            strings.Add(reader.GetString()!);
                        }
                    }

                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            }

            private static IEnumerable<ReadOnlyMemory<byte>> JsonChunks(byte[] seed)
            {
                int start = 0;
                for (int i = 0; i <= seed.Length; i++)
                {
                    if (i == seed.Length || seed[i] == (byte)'\n')
                    {
                        ReadOnlyMemory<byte> line = seed.AsMemory(start, i - start);
                        int brace = line.Span.IndexOfAny((byte)'{', (byte)'[');
                        if (brace >= 0)
                        {
                            yield return line[brace..];
                        }

                        start = i + 1;
                    }
                }
            }
        }
    }
}
