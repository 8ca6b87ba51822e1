"""A chat app with a fake assistant that streams its replies, offline.

    dataapp-desktop examples/chat.py

The assistant is a generator that yields a reply a few words at a time, as a language model's
API would; `st.write_stream` shows the words as they arrive and returns the whole reply.
"""

import random
import time

import dataapp as st

st.set_page_config(page_title="Chat", page_icon="💬")

REPLIES = {
    "hello": "Hello! I am a pretend assistant: I run on this computer and know very little. "
    "Ask me about **dataapp**, the weather or a joke.",
    "dataapp": "dataapp runs a Python script as an app. Every interaction reruns the script; "
    "what you typed is still there the next time you launch it. My replies are streamed with "
    "`st.write_stream`, word by word, and only the new words travel to the page.",
    "weather": "I can't look outside, but here is a forecast anyway:\n\n"
    "| day | sky | °C |\n|---|---|---|\n| today | sunny | 21 |\n| tomorrow | showers | 17 |",
    "joke": "Why did the data scientist bring a ladder? To reach the *higher* dimensions.",
}


def fake_reply(prompt: str):
    """Yield the reply in small pieces, like a streaming language-model API."""
    topic = next((key for key in REPLIES if key in prompt.lower()), None)
    text = REPLIES[topic] if topic else f"You said: “{prompt}”. Try *hello*, *weather* or *joke*."
    for word in text.split(" "):
        yield word + " "
        time.sleep(random.uniform(0.02, 0.06))


with st.sidebar:
    st.header("Chat")
    st.caption("A fake assistant that streams its replies. Nothing leaves this computer.")
    if st.button("Clear the conversation", key="clear"):
        st.session_state.messages = []

if "messages" not in st.session_state:
    st.session_state.messages = [
        {"role": "assistant", "content": "Hi! Ask me something — try *hello* or *joke*."}
    ]

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Ask the assistant", key="prompt"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        reply = st.write_stream(fake_reply(prompt))
    st.session_state.messages.append({"role": "assistant", "content": reply})
