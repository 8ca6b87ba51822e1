import streamlit as st

PRODUCTS = [
    {"sku": "A1", "name": "Apple", "price": 0.5},
    {"sku": "B2", "name": "Bread", "price": 2.25},
    {"sku": "C3", "name": "Cheese", "price": 4.0},
]

product = st.selectbox("Product", PRODUCTS, format_func=lambda p: p["name"])
quantity = st.slider("Quantity", 1, 20, 1)
st.markdown(f"Total: {product['price'] * quantity:.2f}")

with st.form("order"):
    email = st.text_input("Email")
    express = st.checkbox("Express delivery")
    placed = st.form_submit_button("Place order")
if placed:
    if "@" not in email:
        st.error("Enter a valid email.")
    else:
        speed = "express" if express else "standard"
        st.success(f"Order of {quantity} x {product['sku']} for {email} ({speed})")
