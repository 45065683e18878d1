using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>The status of a response: <c>completed</c>, <c>failed</c>, <c>in_progress</c>, <c>cancelled</c>, or a value Venice adds later.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseStatus>))]
    public readonly record struct ResponseStatus(string Value) : IOpenEnum<ResponseStatus>
    {
        /// <summary><c>completed</c>.</summary>
        public static ResponseStatus Completed => new("completed");

        /// <summary><c>failed</c>: see <see cref="ResponsesResponse.Error"/>.</summary>
        public static ResponseStatus Failed => new("failed");

        /// <summary><c>in_progress</c> (seen on <c>response.created</c> while streaming).</summary>
        public static ResponseStatus InProgress => new("in_progress");

        /// <summary><c>cancelled</c>.</summary>
        public static ResponseStatus Cancelled => new("cancelled");

        /// <summary><c>incomplete</c>: OpenAI-style (carried by <c>response.incomplete</c>); not listed in Venice's spec.</summary>
        public static ResponseStatus Incomplete => new("incomplete");

        /// <inheritdoc/>
        public static ResponseStatus FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The status of one item (message, function call, reasoning, search): <c>completed</c>, <c>in_progress</c>, <c>failed</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseItemStatus>))]
    public readonly record struct ResponseItemStatus(string Value) : IOpenEnum<ResponseItemStatus>
    {
        /// <summary><c>completed</c>.</summary>
        public static ResponseItemStatus Completed => new("completed");

        /// <summary><c>in_progress</c>.</summary>
        public static ResponseItemStatus InProgress => new("in_progress");

        /// <summary><c>failed</c> (output messages only).</summary>
        public static ResponseItemStatus Failed => new("failed");

        /// <inheritdoc/>
        public static ResponseItemStatus FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Who wrote a message: <c>user</c>, <c>assistant</c>, <c>system</c>, <c>developer</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseMessageRole>))]
    public readonly record struct ResponseMessageRole(string Value) : IOpenEnum<ResponseMessageRole>
    {
        /// <summary><c>user</c>.</summary>
        public static ResponseMessageRole User => new("user");

        /// <summary><c>assistant</c>.</summary>
        public static ResponseMessageRole Assistant => new("assistant");

        /// <summary><c>system</c>.</summary>
        public static ResponseMessageRole System => new("system");

        /// <summary><c>developer</c>.</summary>
        public static ResponseMessageRole Developer => new("developer");

        /// <inheritdoc/>
        public static ResponseMessageRole FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of an item in <see cref="ResponsesResponse.Output"/>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseOutputItemType>))]
    public readonly record struct ResponseOutputItemType(string Value) : IOpenEnum<ResponseOutputItemType>
    {
        /// <summary><c>reasoning</c>: <see cref="ResponseReasoningItem"/>.</summary>
        public static ResponseOutputItemType Reasoning => new("reasoning");

        /// <summary><c>message</c>: <see cref="ResponseMessageItem"/>.</summary>
        public static ResponseOutputItemType Message => new("message");

        /// <summary><c>function_call</c>: <see cref="ResponseFunctionCallItem"/>.</summary>
        public static ResponseOutputItemType FunctionCall => new("function_call");

        /// <summary><c>web_search_call</c>: <see cref="ResponseWebSearchCallItem"/>.</summary>
        public static ResponseOutputItemType WebSearchCall => new("web_search_call");

        /// <inheritdoc/>
        public static ResponseOutputItemType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of a content part of an output message (<c>output_text</c>; OpenAI also sends <c>refusal</c>).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseOutputContentType>))]
    public readonly record struct ResponseOutputContentType(string Value) : IOpenEnum<ResponseOutputContentType>
    {
        /// <summary><c>output_text</c>.</summary>
        public static ResponseOutputContentType OutputText => new("output_text");

        /// <inheritdoc/>
        public static ResponseOutputContentType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of an annotation on output text (<c>url_citation</c>).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseAnnotationType>))]
    public readonly record struct ResponseAnnotationType(string Value) : IOpenEnum<ResponseAnnotationType>
    {
        /// <summary><c>url_citation</c>: a cited web page.</summary>
        public static ResponseAnnotationType UrlCitation => new("url_citation");

        /// <inheritdoc/>
        public static ResponseAnnotationType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How hard a reasoning model thinks. What each tier does depends on the model.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseReasoningEffort>))]
    public readonly record struct ResponseReasoningEffort(string Value) : IOpenEnum<ResponseReasoningEffort>
    {
        /// <summary><c>none</c>.</summary>
        public static ResponseReasoningEffort None => new("none");

        /// <summary><c>minimal</c>.</summary>
        public static ResponseReasoningEffort Minimal => new("minimal");

        /// <summary><c>low</c>.</summary>
        public static ResponseReasoningEffort Low => new("low");

        /// <summary><c>medium</c>.</summary>
        public static ResponseReasoningEffort Medium => new("medium");

        /// <summary><c>high</c>.</summary>
        public static ResponseReasoningEffort High => new("high");

        /// <summary><c>xhigh</c>.</summary>
        public static ResponseReasoningEffort ExtraHigh => new("xhigh");

        /// <summary><c>max</c>.</summary>
        public static ResponseReasoningEffort Max => new("max");

        /// <inheritdoc/>
        public static ResponseReasoningEffort FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The format of reasoning summaries: <c>auto</c>, <c>concise</c>, <c>detailed</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseReasoningSummary>))]
    public readonly record struct ResponseReasoningSummary(string Value) : IOpenEnum<ResponseReasoningSummary>
    {
        /// <summary><c>auto</c>.</summary>
        public static ResponseReasoningSummary Auto => new("auto");

        /// <summary><c>concise</c>.</summary>
        public static ResponseReasoningSummary Concise => new("concise");

        /// <summary><c>detailed</c>.</summary>
        public static ResponseReasoningSummary Detailed => new("detailed");

        /// <inheritdoc/>
        public static ResponseReasoningSummary FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The detail level of an input image: <c>auto</c>, <c>low</c>, <c>high</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseImageDetail>))]
    public readonly record struct ResponseImageDetail(string Value) : IOpenEnum<ResponseImageDetail>
    {
        /// <summary><c>auto</c>.</summary>
        public static ResponseImageDetail Auto => new("auto");

        /// <summary><c>low</c>.</summary>
        public static ResponseImageDetail Low => new("low");

        /// <summary><c>high</c>.</summary>
        public static ResponseImageDetail High => new("high");

        /// <inheritdoc/>
        public static ResponseImageDetail FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How much search context the web search tool uses: <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseSearchContextSize>))]
    public readonly record struct ResponseSearchContextSize(string Value) : IOpenEnum<ResponseSearchContextSize>
    {
        /// <summary><c>low</c>.</summary>
        public static ResponseSearchContextSize Low => new("low");

        /// <summary><c>medium</c>.</summary>
        public static ResponseSearchContextSize Medium => new("medium");

        /// <summary><c>high</c>.</summary>
        public static ResponseSearchContextSize High => new("high");

        /// <inheritdoc/>
        public static ResponseSearchContextSize FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary><c>venice_parameters.enable_web_search</c>: <c>auto</c>, <c>off</c>, <c>on</c> (a string, not a boolean).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseWebSearchMode>))]
    public readonly record struct ResponseWebSearchMode(string Value) : IOpenEnum<ResponseWebSearchMode>
    {
        /// <summary><c>auto</c>: the model decides.</summary>
        public static ResponseWebSearchMode Auto => new("auto");

        /// <summary><c>off</c>.</summary>
        public static ResponseWebSearchMode Off => new("off");

        /// <summary><c>on</c>.</summary>
        public static ResponseWebSearchMode On => new("on");

        /// <inheritdoc/>
        public static ResponseWebSearchMode FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>
    /// The <c>type</c> of a streamed event. Venice's spec does not define the grammar; these are the OpenAI
    /// Responses-style names. Unknown names are kept as they are.
    /// </summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ResponseStreamEventType>))]
    public readonly record struct ResponseStreamEventType(string Value) : IOpenEnum<ResponseStreamEventType>
    {
        /// <summary><c>response.created</c>: carries the in-progress <see cref="ResponseStreamEvent.Response"/>.</summary>
        public static ResponseStreamEventType Created => new("response.created");

        /// <summary><c>response.in_progress</c>: carries the in-progress response.</summary>
        public static ResponseStreamEventType InProgress => new("response.in_progress");

        /// <summary><c>response.output_item.added</c>: carries <see cref="ResponseStreamEvent.Item"/>.</summary>
        public static ResponseStreamEventType OutputItemAdded => new("response.output_item.added");

        /// <summary><c>response.output_item.done</c>: carries the finished <see cref="ResponseStreamEvent.Item"/>.</summary>
        public static ResponseStreamEventType OutputItemDone => new("response.output_item.done");

        /// <summary><c>response.content_part.added</c>.</summary>
        public static ResponseStreamEventType ContentPartAdded => new("response.content_part.added");

        /// <summary><c>response.content_part.done</c>.</summary>
        public static ResponseStreamEventType ContentPartDone => new("response.content_part.done");

        /// <summary><c>response.output_text.delta</c>: a piece of text in <see cref="ResponseStreamEvent.Delta"/>.</summary>
        public static ResponseStreamEventType OutputTextDelta => new("response.output_text.delta");

        /// <summary><c>response.output_text.done</c>: the whole text in <see cref="ResponseStreamEvent.Text"/>.</summary>
        public static ResponseStreamEventType OutputTextDone => new("response.output_text.done");

        /// <summary><c>response.function_call_arguments.delta</c>: a piece of a call's arguments in <see cref="ResponseStreamEvent.Delta"/>.</summary>
        public static ResponseStreamEventType FunctionCallArgumentsDelta => new("response.function_call_arguments.delta");

        /// <summary><c>response.function_call_arguments.done</c>.</summary>
        public static ResponseStreamEventType FunctionCallArgumentsDone => new("response.function_call_arguments.done");

        /// <summary><c>response.completed</c>: the final <see cref="ResponseStreamEvent.Response"/>; ends the stream.</summary>
        public static ResponseStreamEventType Completed => new("response.completed");

        /// <summary><c>response.failed</c>: the failed response (see its <c>error</c>); ends the stream.</summary>
        public static ResponseStreamEventType Failed => new("response.failed");

        /// <summary><c>response.incomplete</c>: the response stopped early (e.g. a token limit); ends the stream.</summary>
        public static ResponseStreamEventType Incomplete => new("response.incomplete");

        /// <summary><c>error</c>: a failure reported inside the stream; surfaced as <see cref="VeniceApiException"/>, never yielded.</summary>
        public static ResponseStreamEventType Error => new("error");

        /// <inheritdoc/>
        public static ResponseStreamEventType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
