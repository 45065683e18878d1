using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Chat
{
    /// <summary>
    /// Folds streamed <see cref="ChatCompletionChunk"/>s into the <see cref="ChatCompletion"/> a non-streamed call would
    /// have returned: per choice, content and <c>reasoning_content</c> are concatenated, tool-call pieces are joined by
    /// their <c>index</c> (arguments concatenated; id, type and name taken from the first piece that has them), and the
    /// last finish and stop reasons win; the last <c>usage</c> and the first <c>venice_parameters</c> (with any later
    /// citations) are kept. Call <see cref="Append"/> for each chunk as it arrives (so a UI can show it) and
    /// <see cref="ToCompletion"/> at the end. Not thread-safe.
    /// </summary>
    public sealed class ChatCompletionAccumulator
    {
        private readonly SortedDictionary<int, ChoiceState> _choices = [];
        private string? _id;
        private string? _model;
        private long _created;
        private ChatUsage? _usage;
        private ChatVeniceParametersEcho? _veniceParameters;

        /// <summary>How many chunks were appended.</summary>
        public int ChunkCount { get; private set; }

        /// <summary>Adds one chunk.</summary>
        /// <param name="chunk">The chunk, in stream order.</param>
        public void Append(ChatCompletionChunk chunk)
        {
            ArgumentNullException.ThrowIfNull(chunk);
            ChunkCount++;
            if (string.IsNullOrEmpty(_id) && !string.IsNullOrEmpty(chunk.Id))
            {
                _id = chunk.Id;
            }

            if (string.IsNullOrEmpty(_model) && !string.IsNullOrEmpty(chunk.Model))
            {
                _model = chunk.Model;
            }

            if (_created == 0)
            {
                _created = chunk.Created;
            }

            if (chunk.Usage is not null)
            {
                _usage = chunk.Usage;
            }

            MergeVeniceParameters(chunk.VeniceParameters);
            foreach (ChatChunkChoice choice in chunk.Choices)
            {
                if (!_choices.TryGetValue(choice.Index, out ChoiceState? state))
                {
                    state = new ChoiceState();
                    _choices.Add(choice.Index, state);
                }

                state.Append(choice);
            }
        }

        /// <summary>The completion assembled from the chunks so far.</summary>
        /// <returns>A new <see cref="ChatCompletion"/>; its messages are <see cref="ChatAssistantMessage"/>s.</returns>
        public ChatCompletion ToCompletion()
        {
            var completion = new ChatCompletion
            {
                Id = _id ?? string.Empty,
                Object = ChatObjectType.ChatCompletion,
                Created = _created,
                Model = _model ?? string.Empty,
                Usage = _usage,
                VeniceParameters = _veniceParameters,
            };
            foreach (KeyValuePair<int, ChoiceState> choice in _choices)
            {
                completion.Choices.Add(choice.Value.ToChoice(choice.Key));
            }

            return completion;
        }

        private void MergeVeniceParameters(ChatVeniceParametersEcho? echo)
        {
            if (echo is null)
            {
                return;
            }

            if (_veniceParameters is null)
            {
                _veniceParameters = echo;
            }
            else if (echo.WebSearchCitations is { Count: > 0 } && _veniceParameters.WebSearchCitations is not { Count: > 0 })
            {
                _veniceParameters.WebSearchCitations = echo.WebSearchCitations;
            }
        }

        private sealed class ChoiceState
        {
            private readonly SortedDictionary<int, ToolCallState> _toolCalls = [];
            private StringBuilder? _content;
            private StringBuilder? _reasoning;
            private List<ChatTokenLogprob>? _logprobs;
            private ChatFinishReason? _finishReason;
            private ChatStopReason? _stopReason;

            public void Append(ChatChunkChoice choice)
            {
                _finishReason = choice.FinishReason ?? _finishReason;
                _stopReason = choice.StopReason ?? _stopReason;
                if (choice.Logprobs?.Content is { } tokens)
                {
                    (_logprobs ??= []).AddRange(tokens);
                }

                ChatDelta? delta = choice.Delta;
                if (delta is null)
                {
                    return;
                }

                if (delta.Content is not null)
                {
                    (_content ??= new StringBuilder()).Append(delta.Content);
                }

                if (delta.ReasoningContent is not null)
                {
                    (_reasoning ??= new StringBuilder()).Append(delta.ReasoningContent);
                }

                if (delta.ToolCalls is null)
                {
                    return;
                }

                foreach (ChatToolCallDelta piece in delta.ToolCalls)
                {
                    if (!_toolCalls.TryGetValue(piece.Index, out ToolCallState? call))
                    {
                        call = new ToolCallState();
                        _toolCalls.Add(piece.Index, call);
                    }

                    call.Append(piece);
                }
            }

            public ChatChoice ToChoice(int index)
            {
                var message = new ChatAssistantMessage
                {
                    Content = _content is null ? null : new ChatContent(_content.ToString()),
                    ReasoningContent = _reasoning?.ToString(),
                };
                if (_toolCalls.Count > 0)
                {
                    message.ToolCalls = [];
                    foreach (ToolCallState call in _toolCalls.Values)
                    {
                        message.ToolCalls.Add(call.ToToolCall());
                    }
                }

                return new ChatChoice
                {
                    Index = index,
                    Message = message,
                    FinishReason = _finishReason,
                    StopReason = _stopReason,
                    Logprobs = _logprobs is null ? null : new ChatLogprobs { Content = _logprobs },
                };
            }
        }

        private sealed class ToolCallState
        {
            private readonly StringBuilder _arguments = new();
            private string? _id;
            private string? _type;
            private string? _name;
            private bool _hasArguments;

            public void Append(ChatToolCallDelta piece)
            {
                _id ??= piece.Id;
                _type ??= piece.Type;
                if (piece.Function is not { } function)
                {
                    return;
                }

                // OpenAI sends the name once; some backends repeat it in every piece (ignored) or split it (joined).
                if (function.Name is { Length: > 0 } name && name != _name)
                {
                    _name += name;
                }

                if (function.Arguments is not null)
                {
                    _arguments.Append(function.Arguments);
                    _hasArguments = true;
                }
            }

            public ChatToolCall ToToolCall() => new()
            {
                Id = _id,
                Type = _type ?? "function",
                Function = new ChatFunctionCall { Name = _name, Arguments = _hasArguments ? _arguments.ToString() : null },
            };
        }
    }

    /// <summary>Helpers for streamed chat completions.</summary>
    public static class ChatStreamExtensions
    {
        /// <summary>Reads the whole stream and folds it with a <see cref="ChatCompletionAccumulator"/>.</summary>
        /// <param name="stream">The chunks, e.g. from <see cref="ChatClient.StreamAsync"/>.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The completed answer.</returns>
        public static async Task<ChatCompletion> ToCompletionAsync(this IAsyncEnumerable<ChatCompletionChunk> stream, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(stream);
            var accumulator = new ChatCompletionAccumulator();
            ConfiguredCancelableAsyncEnumerable<ChatCompletionChunk> chunks = stream.WithCancellation(cancellationToken).ConfigureAwait(false);
            await foreach (ChatCompletionChunk chunk in chunks)
            {
                accumulator.Append(chunk);
            }

            return accumulator.ToCompletion();
        }
    }
}
