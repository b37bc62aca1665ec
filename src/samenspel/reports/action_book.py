"""The action book as a document (PDF or Word). Written by the reports module owner."""
