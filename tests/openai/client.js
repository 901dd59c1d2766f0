// The official openai client against blufiod, one case per run (tests/gateway/tst_openai.cpp drives it):
//   node client.js CASE BASE_URL API_KEY MODEL
// Prints one JSON line: {"result": ...} when the call succeeded, {"error": {...}} with what the client
// raised when it did not, so the test can check the client's own exception classes. maxRetries is 0: the
// client must show blufio's refusal, not retry past it. Nothing is written anywhere but stdout.
'use strict';

const OpenAI = require('openai');

const [, , testCase, baseURL, apiKey, model] = process.argv;
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 30000 });
const messages = [
    { role: 'system', content: 'You answer briefly.' },
    { role: 'user', content: 'Say hello.' },
];

const cases = {
    async completion() {
        const c = await client.chat.completions.create({ model, messages, max_tokens: 64 });
        return {
            id: c.id,
            object: c.object,
            model: c.model,
            content: c.choices[0].message.content,
            role: c.choices[0].message.role,
            finish_reason: c.choices[0].finish_reason,
            usage: c.usage,
        };
    },
    async stream() {
        const stream = await client.chat.completions.create({
            model,
            messages,
            stream: true,
            stream_options: { include_usage: true },
        });
        let content = '';
        let chunks = 0;
        let finishReason = null;
        let usage = null;
        let role = null;
        const ids = new Set();
        for await (const chunk of stream) {
            ++chunks;
            ids.add(chunk.id);
            if (chunk.usage)
                usage = chunk.usage;
            for (const choice of chunk.choices) {
                if (choice.delta.role)
                    role = choice.delta.role;
                content += choice.delta.content || '';
                if (choice.finish_reason)
                    finishReason = choice.finish_reason;
            }
        }
        return { content, chunks, ids: ids.size, role, finish_reason: finishReason, usage };
    },
    async models() {
        const ids = [];
        for await (const m of client.models.list())
            ids.push({ id: m.id, object: m.object, owned_by: m.owned_by });
        return { models: ids };
    },
};

async function main() {
    const run = cases[testCase];
    if (!run) {
        console.log(JSON.stringify({ usage: `unknown case ${testCase}` }));
        process.exitCode = 2;
        return;
    }
    try {
        console.log(JSON.stringify({ result: await run() }));
    } catch (e) {
        const kinds = ['AuthenticationError', 'BadRequestError', 'NotFoundError', 'RateLimitError',
                       'InternalServerError', 'APIConnectionError'];
        console.log(JSON.stringify({
            error: {
                class: kinds.find((k) => e instanceof OpenAI[k]) || (e instanceof OpenAI.APIError ? 'APIError' : e.name),
                status: e.status ?? null,
                type: e.type ?? null,
                code: e.code ?? null,
                message: e.message,
            },
        }));
    }
}

main();
