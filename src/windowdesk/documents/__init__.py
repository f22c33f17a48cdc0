"""PDF documents built with reportlab: notices, receipts, slips and guides, with the CJK font embedded."""
