using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>
    /// <c>venice chat</c>: one prompt, one answer. The answer is streamed to standard output token by token (each
    /// flushed as it arrives); reasoning goes to standard error, and only with <c>--reasoning</c>, so a pipe
    /// receives the answer alone.
    /// </summary>
    public static class ChatCommand
    {
        /// <summary>The model used when <c>--model</c> is not given: Venice's default text model.</summary>
        public const string DefaultModel = "venice-uncensored";

        /// <summary>Builds the <c>chat</c> command.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "chat",
                $"Ask a model; the answer streams to stdout. The prompt comes from the arguments, or stdin when it is '-' or absent and stdin is a pipe. Default model: {DefaultModel}.",
                "venice chat \"Why is the sky blue?\"",
                "venice chat -m qwen3-235b --reasoning --web-search auto \"What changed in .NET 10?\"",
                "git diff | venice chat --system \"Review this diff\" -",
                "venice chat --no-stream --json \"Say hi\"");
            var model = new Option<string>("--model", "-m")
            {
                Description = $"The model id (see 'venice models list'). Default: {DefaultModel}.",
                HelpName = "model",
                DefaultValueFactory = _ => DefaultModel,
            };
            var system = new Option<string>("--system")
            {
                Description = "A system prompt sent before the user's prompt.",
                HelpName = "text",
            };
            var noStream = new Option<bool>("--no-stream")
            {
                Description = "Wait for the whole answer instead of streaming it.",
            };
            var reasoning = new Option<bool>("--reasoning")
            {
                Description = "Show the model's reasoning (reasoning_content), on stderr; hidden otherwise.",
            };
            var webSearch = new Option<string>("--web-search")
            {
                Description = "Let the model search the web: auto (it decides), on (always) or off. Default: Venice's (off).",
                HelpName = "mode",
            };
            webSearch.AcceptOnlyFromAmong(ChatWebSearchMode.Auto.Value, ChatWebSearchMode.On.Value, ChatWebSearchMode.Off.Value);
            var prompt = new Argument<string[]>("prompt")
            {
                Description = "The prompt (several words are joined with spaces); '-' reads it from stdin.",
                Arity = ArgumentArity.ZeroOrMore,
            };
            command.Add(model);
            command.Add(system);
            command.Add(noStream);
            command.Add(reasoning);
            command.Add(webSearch);
            command.Add(prompt);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                RejectOptionLikeWords(parse, prompt);
                string text = await ReadPromptAsync(context, parse.GetValue(prompt) ?? [], ct).ConfigureAwait(false);
                string modelId = parse.GetValue(model) is { Length: > 0 } given ? given : DefaultModel;
                var messages = new List<ChatMessage>();
                if (parse.GetValue(system) is { Length: > 0 } systemPrompt)
                {
                    messages.Add(ChatMessage.System(systemPrompt));
                }

                messages.Add(ChatMessage.User(text));
                bool json = context.IsJson(parse);
                var request = new ChatCompletionRequest
                {
                    Model = modelId,
                    Messages = messages,
                    VeniceParameters = parse.GetValue(webSearch) is { } mode ? new ChatVeniceParameters { EnableWebSearch = ChatWebSearchMode.FromValue(mode) } : null,
                };
                bool showReasoning = parse.GetValue(reasoning);
                if (parse.GetValue(noStream))
                {
                    return await CompleteAsync(context, client, request with { Stream = false }, json, showReasoning, ct).ConfigureAwait(false);
                }

                if (json)
                {
                    ChatCompletion folded = await client.Chat
                        .StreamAsync(request with { StreamOptions = new ChatStreamOptions { IncludeUsage = true } }, ct)
                        .ToCompletionAsync(ct)
                        .ConfigureAwait(false);
                    context.WriteJson(folded, ChatJsonContext.Default.ChatCompletion);
                    return ExitCodes.Success;
                }

                return await StreamAsync(context, client, request, showReasoning, ct).ConfigureAwait(false);
            });
            return command;
        }

        /// <summary>
        /// The prompt argument takes any number of words, so System.CommandLine hands it an unknown option too
        /// (<c>venice chat --temprature 1 hi</c>); a word starting with <c>-</c> is refused unless it follows <c>--</c>.
        /// </summary>
        private static void RejectOptionLikeWords(ParseResult parse, Argument<string[]> prompt)
        {
            ArgumentResult? words = parse.GetResult(prompt);
            if (words is null)
            {
                return;
            }

            foreach (Token token in parse.Tokens)
            {
                if (token.Type == TokenType.DoubleDash)
                {
                    return;
                }

                if (token.Value.Length > 1 && token.Value[0] == '-' && words.Tokens.Any(word => ReferenceEquals(word, token)))
                {
                    throw new UsageException($"unrecognized option '{token.Value}' (to send a prompt starting with '-', put it after '--').");
                }
            }
        }

        /// <summary>The prompt: the arguments joined, or stdin for <c>-</c> (or for no arguments when stdin is redirected).</summary>
        private static async Task<string> ReadPromptAsync(CliContext context, string[] words, CancellationToken cancellationToken)
        {
            bool fromStdin = words is ["-"] || (words.Length == 0 && context.Input.IsRedirected);
            if (words.Length == 0 && !fromStdin)
            {
                throw new UsageException("no prompt: pass it as an argument, or pipe it on stdin (with '-' or no argument).");
            }

            if (Array.IndexOf(words, "-") >= 0 && !fromStdin)
            {
                throw new UsageException("'-' (read the prompt from stdin) must be the only argument.");
            }

            string text = fromStdin ? await context.Input.ReadAllAsync(cancellationToken).ConfigureAwait(false) : string.Join(' ', words);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new UsageException(fromStdin ? "the prompt read from stdin is empty." : "the prompt is empty.");
            }

            return fromStdin ? text.TrimEnd('\r', '\n') : text;
        }

        private static async Task<int> CompleteAsync(CliContext context, VeniceClient client, ChatCompletionRequest request, bool json, bool showReasoning, CancellationToken cancellationToken)
        {
            ChatCompletion completion = await client.Chat.CreateAsync(request, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                context.WriteJson(completion, ChatJsonContext.Default.ChatCompletion);
                return ExitCodes.Success;
            }

            if (completion.Choices.Count == 0)
            {
                context.Error.WriteLine("error: Venice answered with no choices.");
                return ExitCodes.ApiError;
            }

            ChatChoice choice = completion.Choices[0];
            if (choice.Message is ChatAssistantMessage message)
            {
                if (showReasoning && !string.IsNullOrEmpty(message.ReasoningContent))
                {
                    context.Error.WriteLine(message.ReasoningContent.TrimEnd('\n'));
                }

                string content = message.Content?.GetText() ?? string.Empty;
                context.Output.WriteLine(content.TrimEnd('\n'));
            }

            WriteFinishNote(context, choice.FinishReason);
            return ExitCodes.Success;
        }

        private static async Task<int> StreamAsync(CliContext context, VeniceClient client, ChatCompletionRequest request, bool showReasoning, CancellationToken cancellationToken)
        {
            var answer = new LineTracker(context.Output);
            var thoughts = new LineTracker(context.Error);
            ChatFinishReason? finish = null;
            try
            {
                await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(request, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    foreach (ChatChunkChoice choice in chunk.Choices)
                    {
                        if (choice.Index != 0)
                        {
                            continue;
                        }

                        finish = choice.FinishReason ?? finish;
                        if (showReasoning && !string.IsNullOrEmpty(choice.Delta?.ReasoningContent))
                        {
                            thoughts.Write(choice.Delta.ReasoningContent);
                        }

                        if (!string.IsNullOrEmpty(choice.Delta?.Content))
                        {
                            // The reasoning is over once the answer starts: end its line so the two do not interleave.
                            thoughts.EndLine();
                            answer.Write(choice.Delta.Content);
                        }
                    }
                }
            }
            finally
            {
                // Also on an error or Ctrl-C: the partial answer keeps its own line, before any error message.
                thoughts.EndLine();
                answer.EndLine();
            }

            WriteFinishNote(context, finish);
            return ExitCodes.Success;
        }

        private static void WriteFinishNote(CliContext context, ChatFinishReason? finish)
        {
            if (finish is { } reason && reason != ChatFinishReason.Stop && reason != ChatFinishReason.ToolCalls && !string.IsNullOrEmpty(reason.Value))
            {
                string why = reason == ChatFinishReason.Length ? " (the token limit was reached; the answer is cut short)" : string.Empty;
                context.Error.WriteLine($"note: finish reason: {reason}{why}");
            }
        }

        /// <summary>Writes pieces of text as they come, flushing each, and remembers whether the line is still open.</summary>
        private sealed class LineTracker(System.IO.TextWriter writer)
        {
            private bool _open;

            public void Write(string text)
            {
                writer.Write(text);
                writer.Flush();
                _open = !text.EndsWith('\n');
            }

            public void EndLine()
            {
                if (_open)
                {
                    writer.WriteLine();
                    writer.Flush();
                    _open = false;
                }
            }
        }
    }
}
