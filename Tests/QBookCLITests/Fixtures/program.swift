print("from a swift file")
print("second line")
