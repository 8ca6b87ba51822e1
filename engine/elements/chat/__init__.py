"""Chat: st.chat_message, st.chat_input, st.write_stream (chat.proto, assets/src/chat/)."""
