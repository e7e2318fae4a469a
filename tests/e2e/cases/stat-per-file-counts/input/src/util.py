print("nothing here")
